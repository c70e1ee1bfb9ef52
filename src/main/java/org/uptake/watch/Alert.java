package org.uptake.watch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An alert as the panel, the digest and {@code uptake digest --json} show it: what happened, the
 * figures, since which data day, how sure, and where it stands.
 *
 * @param since    the data day the condition was first found
 * @param lastSeen the last data day it still held
 * @param cleared  the data day it stopped holding, or null
 * @param raisedAt the machine's clock when it was first recorded (the audit stamp; never used for analysis)
 */
public record Alert(long id, String rule, String feature, String account, LocalDate since, LocalDate lastSeen, LocalDate cleared,
        String headline, Map<String, Object> figures, String significance, String screen, AlertStatus status, LocalDate snoozedUntil,
        Instant raisedAt) {

    public Alert {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** Counts in the badge and goes into a notification. */
    @JsonIgnore
    public boolean isOpen() {
        return status == AlertStatus.OPEN;
    }
}
