package org.uptake.ingest;

/**
 * What a file holds, in the order files are imported whatever order they come in: a brief needs
 * its feature, people their accounts, events and tickets their people, outreach history its people.
 */
public enum SourceKind {
    FEATURES("feature definitions"),
    BRIEF("launch brief"),
    ACCOUNTS("accounts"),
    PEOPLE("people"),
    EVENTS("events"),
    TICKETS("support tickets"),
    OUTREACH_HISTORY("outreach history"),
    /** The exact figures of an extract from the Spark job; after the sampled records they sum up. */
    EXTRACT_FIGURES("extract figures");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SourceKind parse(String text) {
        String wanted = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (SourceKind kind : values()) {
            if (kind.name().equals(wanted) || kind.name().equals(wanted + "S")) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind '" + text + "'; use one of events, people, accounts, tickets,"
                + " features, brief");
    }
}
