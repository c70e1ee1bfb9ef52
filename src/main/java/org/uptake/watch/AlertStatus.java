package org.uptake.watch;

import java.util.Locale;

/** Where an alert stands: open (counts in the badge), snoozed or dismissed by the analyst, or cleared by the data. */
public enum AlertStatus {
    OPEN, SNOOZED, DISMISSED, CLEARED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
