package org.uptake.ingest;

/** What a file holds, in the order a folder of exports is best imported. */
public enum SourceKind {
    FEATURES("feature definitions"),
    ACCOUNTS("accounts"),
    PEOPLE("people"),
    EVENTS("events"),
    TICKETS("support tickets"),
    BRIEF("launch brief"),
    OUTREACH_HISTORY("outreach history");

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
