package org.uptake.ingest;

/** How a file writes its timestamps; detected from the data, or chosen by the analyst when the data cannot tell. */
public enum TimestampFormat {
    /** ISO-8601 with a zone offset or Z: needs nothing else. */
    ISO_OFFSET("ISO-8601 with offset", false),
    /** ISO-8601 without an offset: needs a time zone. */
    ISO_LOCAL("ISO-8601 without offset", true),
    EPOCH_SECONDS("epoch seconds", false),
    EPOCH_MILLIS("epoch milliseconds", false),
    /** 31/12/2026 13:45 (also with dots or dashes): needs a time zone. */
    DAY_FIRST("day first (31/12/2026)", true),
    /** 12/31/2026 1:45 PM style: needs a time zone. */
    MONTH_FIRST("month first (12/31/2026)", true),
    /** Every date seen has day and month ≤ 12: the analyst must say which comes first. */
    AMBIGUOUS_DAY_MONTH("day/month order unclear", true);

    private final String label;
    private final boolean needsZone;

    TimestampFormat(String label, boolean needsZone) {
        this.label = label;
        this.needsZone = needsZone;
    }

    public String label() {
        return label;
    }

    public boolean needsZone() {
        return needsZone;
    }
}
