package org.uptake.ingest;

import java.util.Locale;

/** Whose export a file is: decides the field names the reader expects. */
public enum Dialect {
    CANONICAL("Uptake canonical"),
    SEGMENT("Segment"),
    MIXPANEL("Mixpanel raw export"),
    AMPLITUDE("Amplitude export"),
    POSTHOG("PostHog export"),
    ZENDESK("Zendesk"),
    FRESHDESK("Freshdesk"),
    GENERIC("generic columns");

    private final String label;

    Dialect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Dialect parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Dialect d : values()) {
            if (d.name().equals(wanted)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + text
                + "'; use one of canonical, segment, mixpanel, amplitude, posthog, zendesk, freshdesk, generic");
    }
}
