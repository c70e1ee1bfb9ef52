package org.uptake.ingest;

import java.util.Locale;
import java.util.Set;

/** Normalised column names and the synonyms exports use for each canonical field. */
final class ColumnNames {

    static final Set<String> EVENT = Set.of("event", "event_name", "event_type", "action", "name");
    static final Set<String> TIMESTAMP = Set.of("timestamp", "time", "ts", "event_time", "occurred_at", "datetime",
            "created_at", "date", "sent_at");

    private ColumnNames() {
    }

    /** "Requester email" → "requester_email"; "$insert_id" keeps its dollar; BOM and spaces removed. */
    static String normalize(String column) {
        String known = NORMALIZED.get(column);
        if (known != null) {
            return known;
        }
        String normalized = normalizeNow(column);
        if (NORMALIZED.size() < 10_000) {
            NORMALIZED.put(column, normalized);
        }
        return normalized;
    }

    /** Column and trait names repeat on every row of a file: each is normalised once (a handful per file, bounded for safety). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String normalizeNow(String column) {
        String text = column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == ' ' || c == '-' || c == '.' ? '_' : c);
        }
        return out.toString();
    }
}
