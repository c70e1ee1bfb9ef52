package org.uptake.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One definition a feature has had: its number, the definition's JSON, who changed it, when, and which fields changed. */
public record FeatureVersion(String featureKey, int version, String definition, String changedBy, Instant changedAt,
        String whatChanged) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Figures.LOCALE).withZone(ZoneOffset.UTC);

    /** How an analysis names the definition it used: "definition v3, 29 Nov 2026" (the day it was saved, UTC). */
    public String label() {
        return "definition v" + version + ", " + DAY.format(changedAt);
    }
}
