package org.uptake.model;

import java.time.Instant;

/** One definition a feature has had: its number, the definition's JSON, who changed it, when, and which fields changed. */
public record FeatureVersion(String featureKey, int version, String definition, String changedBy, Instant changedAt,
        String whatChanged) {
}
