package org.uptake.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which source column feeds each canonical field, and how its timestamps read. Suggested from the
 * header, changed by the analyst in the wizard or given as {@code --mapping M.json}, and remembered
 * per source.
 */
public record ColumnMapping(Map<String, String> columns, TimestampFormat timestampFormat, String timeZone) {

    public ColumnMapping {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    /** The best guess from the header's names: each field takes the first column named like it. */
    public static ColumnMapping suggest(SourceKind kind, List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Field field : Field.of(kind)) {
            for (String synonym : field.synonyms()) {
                String match = header.stream().filter(h -> !taken.contains(h) && ColumnNames.normalize(h).equals(synonym))
                        .findFirst().orElse(null);
                if (match != null) {
                    columns.put(field.canonicalName(), match);
                    taken.add(match);
                    break;
                }
            }
        }
        return new ColumnMapping(columns, null, null);
    }

    public String column(Field field) {
        return columns.get(field.canonicalName());
    }

    public ColumnMapping withColumn(Field field, String column) {
        Map<String, String> changed = new LinkedHashMap<>(columns);
        if (column == null || column.isEmpty()) {
            changed.remove(field.canonicalName());
        } else {
            changed.put(field.canonicalName(), column);
        }
        return new ColumnMapping(changed, timestampFormat, timeZone);
    }

    public ColumnMapping withTimestamps(TimestampFormat format, String zone) {
        return new ColumnMapping(columns, format, zone);
    }

    /** Required fields that no column feeds, e.g. ["timestamp"]. */
    public List<String> missingRequired(SourceKind kind) {
        return Field.of(kind).stream().filter(f -> f.required() && !columns.containsKey(f.canonicalName()))
                .map(Field::canonicalName).toList();
    }
}
