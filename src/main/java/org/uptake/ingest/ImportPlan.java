package org.uptake.ingest;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** What the analyst confirmed for one file: its sniffed shape (kind and dialect possibly changed) and its mapping. */
public record ImportPlan(FileSniff sniff, ColumnMapping mapping) {

    /** The sniffed guess with the mapping suggested from names and values, and the timestamp format detected from the preview. */
    public static ImportPlan suggested(FileSniff sniff) {
        ColumnMapping mapping = ColumnSuggestions.suggest(sniff.kind(), sniff.header(), sniff.previewRows());
        return new ImportPlan(sniff, mapping.withTimestamps(detectTimestamps(sniff, mapping), null));
    }

    /** Detects the format of the mapped timestamp column from the preview rows. */
    public static TimestampFormat detectTimestamps(FileSniff sniff, ColumnMapping mapping) {
        Field timeField = switch (sniff.kind()) {
            case TICKETS -> Field.TICKET_CREATED_AT;
            case PEOPLE -> Field.CREATED_AT;
            default -> Field.TIMESTAMP;
        };
        String column = mapping.column(timeField);
        int index = column == null ? -1 : sniff.header().indexOf(column);
        if (index < 0) {
            return TimestampFormat.ISO_OFFSET;
        }
        return Timestamps.detect(sniff.previewRows().stream().map(r -> index < r.size() ? r.get(index) : "").toList());
    }

    public ImportPlan withMapping(ColumnMapping newMapping) {
        return new ImportPlan(sniff, newMapping);
    }

    public ImportPlan withSniff(FileSniff newSniff) {
        return new ImportPlan(newSniff, mapping);
    }

    TimestampFormat timestampFormat() {
        return mapping.timestampFormat() == null ? TimestampFormat.ISO_OFFSET : mapping.timestampFormat();
    }

    ZoneId zone() {
        return mapping.timeZone() == null || mapping.timeZone().isBlank() ? ZoneOffset.UTC : ZoneId.of(mapping.timeZone());
    }

    /** What must still be decided before this file can be imported, or an empty string. */
    public String problem() {
        if (sniff.layout() == Layout.DELIMITED && sniff.kind() != SourceKind.OUTREACH_HISTORY) {
            java.util.List<String> missing = mapping.missingRequired(sniff.kind());
            if (!missing.isEmpty()) {
                return (sniff.recognition() == Recognition.Level.NOT_RECOGNISED ? "Not recognised: choose what it holds and map"
                        : "Map") + " a column to " + String.join(", ", missing) + ".";
            }
            if (sniff.kind() == SourceKind.EVENTS && mapping.column(Field.USER_ID) == null
                    && mapping.column(Field.ANONYMOUS_ID) == null) {
                return "Map a column to user_id (or anonymous_id).";
            }
        }
        if (timestampFormat() == TimestampFormat.AMBIGUOUS_DAY_MONTH) {
            return "Dates in this file could be day-first or month-first: choose which.";
        }
        return "";
    }
}
