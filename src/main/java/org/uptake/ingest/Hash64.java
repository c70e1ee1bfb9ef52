package org.uptake.ingest;

/** A 64-bit hash for dedupe keys: FNV-1a over the characters, then a SplitMix64 finaliser to spread it. */
final class Hash64 {

    private Hash64() {
    }

    static long of(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** The dedupe key of DESIGN §4: the event's own id, else (user, event, time, properties). */
    static long dedupeKey(String eventId, String user, String name, long ts, String properties) {
        if (eventId != null && !eventId.isEmpty()) {
            return of(eventId);
        }
        return of(user + '\u0001' + name + '\u0001' + ts + '\u0001' + properties);
    }
}
