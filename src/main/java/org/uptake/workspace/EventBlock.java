package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Up to a few thousand events of one import and one person bucket, stored column by column in one
 * row of {@code event_block}. One H2 row per event capped imports at the database's insert rate
 * (about 300,000 narrow rows/s here); a block costs one insert per thousands of events, and a scan
 * decodes only the columns it asks for (numbers at once, sessions and properties when read).
 *
 * <p>Layout: version, count; person ids, times (first, then signed deltas), event-name, platform and
 * target ids (0 = none) as varints; the block's distinct session ids,
 * then each event's session as an index (0 = none); each event's properties as a string.
 */
public final class EventBlock {

    /** Events a block holds at most. */
    public static final int MAX_EVENTS = 2048;
    /** 2: duplicate keys moved out of the block into event_key_block. */
    private static final int VERSION = 2;

    private final byte[] bytes;
    private final long batchId;
    private final int size;
    private final int[] person;
    private final long[] ts;
    private final int[] name;
    private final int[] platform;
    private final int[] target;
    private final int sessionsAt;
    private String[] sessionNames;
    private int[] sessionOf;
    private int propsAt;
    private int[] propsOffset;

    private EventBlock(byte[] bytes, Int2IntMap merged, long batchId) {
        this.bytes = bytes;
        this.batchId = batchId;
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown event block version " + version);
        }
        size = in.readInt();
        person = new int[size];
        ts = new long[size];
        name = new int[size];
        platform = new int[size];
        target = new int[size];
        for (int i = 0; i < size; i++) {
            int p = in.readInt();
            person[i] = merged.isEmpty() ? p : merged.getOrDefault(p, p);
        }
        long t = 0;
        for (int i = 0; i < size; i++) {
            t += in.readSigned();
            ts[i] = t;
        }
        readInts(in, name);
        readInts(in, platform);
        readInts(in, target);
        sessionsAt = in.position;
    }

    private static void readInts(BlockBytes.Reader in, int[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = in.readInt();
        }
    }

    /** Decodes a stored block; person ids of anonymous placeholders are replaced by the people they were merged into. */
    static EventBlock decode(byte[] bytes, Int2IntMap merged, long batchId) {
        return new EventBlock(bytes, merged, batchId);
    }

    /** The import these events came in. */
    public long batchId() {
        return batchId;
    }

    public int size() {
        return size;
    }

    public int person(int i) {
        return person[i];
    }

    public long ts(int i) {
        return ts[i];
    }

    public int name(int i) {
        return name[i];
    }

    /** The platform's dictionary id, 0 when the event named none. */
    public int platform(int i) {
        return platform[i];
    }

    /** The click target's dictionary id, 0 when the event named none. */
    public int target(int i) {
        return target[i];
    }

    /** The duplicate keys {@link Builder#encodeKeys()} wrote, in event order. */
    static long[] decodeKeys(byte[] keys) {
        BlockBytes.Reader in = new BlockBytes.Reader(keys, 0);
        long[] decoded = new long[keys.length / 8];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = in.readLong();
        }
        return decoded;
    }

    public String session(int i) {
        int s = sessionIndex(i);
        return s == 0 ? null : sessionNames[s - 1];
    }

    /**
     * Event {@code i}'s session as an index into the block's own distinct sessions, from 1 ({@link #sessionName}); 0 for
     * none. A reader numbering sessions across blocks looks each block's sessions up once, not once an event.
     */
    public int sessionIndex(int i) {
        if (sessionOf == null) {
            readSessions();
        }
        return sessionOf[i];
    }

    /** How many distinct sessions the block's events name. */
    public int sessionCount() {
        if (sessionOf == null) {
            readSessions();
        }
        return sessionNames.length;
    }

    /** The session of index {@code s} (from 1, as {@link #sessionIndex} gives it). */
    public String sessionName(int s) {
        if (sessionOf == null) {
            readSessions();
        }
        return sessionNames[s - 1];
    }

    /** The event's other properties as a JSON object text, or null when it had none. */
    public String properties(int i) {
        if (propsOffset == null) {
            readPropertyOffsets();
        }
        return new BlockBytes.Reader(bytes, propsOffset[i]).readString();
    }

    /**
     * Appends event {@code i}'s properties as stored to {@code into}, where {@link BlockBytes.Reader#readString} reads
     * back what {@link #properties} returns: a reader that keeps millions of events keeps their bytes, not strings.
     */
    public void copyProperties(int i, BlockBytes into) {
        if (propsOffset == null) {
            readPropertyOffsets();
        }
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, propsOffset[i]);
        in.skipString();
        into.writeRaw(bytes, propsOffset[i], in.position - propsOffset[i]);
    }

    /**
     * Whether event {@code i}'s properties contain {@code ascii} (ASCII bytes), without making a string of them:
     * a scan asks this of every event. Exactly {@code properties(i).contains(...)}, since no byte of a multi-byte
     * UTF-8 character is ASCII.
     */
    public boolean propertiesContain(int i, byte[] ascii) {
        if (propsOffset == null) {
            readPropertyOffsets();
        }
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, propsOffset[i]);
        int length = in.readInt() - 1;
        int start = in.position;
        for (int at = start, last = start + length - ascii.length; at <= last; at++) {
            int k = 0;
            while (k < ascii.length && bytes[at + k] == ascii[k]) {
                k++;
            }
            if (k == ascii.length) {
                return true;
            }
        }
        return false;
    }

    private void readSessions() {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, sessionsAt);
        String[] names = new String[in.readInt()];
        for (int k = 0; k < names.length; k++) {
            names[k] = in.readString();
        }
        int[] of = new int[size];
        readInts(in, of);
        sessionNames = names;
        sessionOf = of;
        propsAt = in.position;
    }

    private void readPropertyOffsets() {
        if (sessionOf == null) {
            readSessions();
        }
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, propsAt);
        int[] offsets = new int[size];
        for (int i = 0; i < size; i++) {
            offsets[i] = in.position;
            in.skipString();
        }
        propsOffset = offsets;
    }

    /** Collects events into a block; {@link #encode()} writes it. */
    public static final class Builder {
        private final List<String> sessions = new ArrayList<>();
        private final Object2IntOpenHashMap<String> sessionIndex = new Object2IntOpenHashMap<>();
        private int[] person = new int[256];
        private long[] ts = new long[256];
        private int[] name = new int[256];
        private int[] platform = new int[256];
        private int[] target = new int[256];
        private long[] dedupe = new long[256];
        private int[] session = new int[256];
        private final BlockBytes props = new BlockBytes(4096);
        private int size;
        private long firstTs = Long.MAX_VALUE;
        private long lastTs = Long.MIN_VALUE;

        public void add(int personId, long time, int nameId, int platformId, int targetId, String sessionId,
                String properties, long dedupeKey) {
            if (size == person.length) {
                grow();
            }
            person[size] = personId;
            ts[size] = time;
            name[size] = nameId;
            platform[size] = platformId;
            target[size] = targetId;
            dedupe[size] = dedupeKey;
            int s = 0;
            if (sessionId != null) {
                s = sessionIndex.getInt(sessionId);
                if (s == 0) {
                    sessions.add(sessionId);
                    s = sessions.size();
                    sessionIndex.put(sessionId, s);
                }
            }
            session[size] = s;
            props.writeString(properties);
            firstTs = Math.min(firstTs, time);
            lastTs = Math.max(lastTs, time);
            size++;
        }

        private void grow() {
            int n = person.length * 2;
            person = java.util.Arrays.copyOf(person, n);
            ts = java.util.Arrays.copyOf(ts, n);
            name = java.util.Arrays.copyOf(name, n);
            platform = java.util.Arrays.copyOf(platform, n);
            target = java.util.Arrays.copyOf(target, n);
            dedupe = java.util.Arrays.copyOf(dedupe, n);
            session = java.util.Arrays.copyOf(session, n);
        }

        public int size() {
            return size;
        }

        /** Bytes the properties take so far: blocks are closed before they grow past what one row should hold. */
        public int propertyBytes() {
            return props.size();
        }

        public long firstTs() {
            return firstTs;
        }

        public long lastTs() {
            return lastTs;
        }

        public byte[] encode() {
            BlockBytes out = new BlockBytes(size * 24 + props.size() + 64);
            out.writeByte(VERSION);
            out.writeVarint(size);
            for (int i = 0; i < size; i++) {
                out.writeVarint(person[i]);
            }
            long previous = 0;
            for (int i = 0; i < size; i++) {
                out.writeSigned(ts[i] - previous);
                previous = ts[i];
            }
            writeInts(out, name);
            writeInts(out, platform);
            writeInts(out, target);
            out.writeVarint(sessions.size());
            for (String s : sessions) {
                out.writeString(s);
            }
            writeInts(out, session);
            byte[] encoded = out.toArray();
            byte[] all = java.util.Arrays.copyOf(encoded, encoded.length + props.size());
            System.arraycopy(props.toArray(), 0, all, encoded.length, props.size());
            return all;
        }

        /** The duplicate keys, eight bytes each: stored apart from the block ({@code event_key_block}), read on their own. */
        public byte[] encodeKeys() {
            BlockBytes out = new BlockBytes(size * 8);
            for (int i = 0; i < size; i++) {
                out.writeLong(dedupe[i]);
            }
            return out.toArray();
        }

        private void writeInts(BlockBytes out, int[] values) {
            for (int i = 0; i < size; i++) {
                out.writeVarint(values[i]);
            }
        }

        public void clear() {
            size = 0;
            sessions.clear();
            sessionIndex.clear();
            props.clear();
            firstTs = Long.MAX_VALUE;
            lastTs = Long.MIN_VALUE;
        }
    }
}
