package org.uptake.account;

import java.util.List;

/** A feature as account health sees it: a key feature of every segment it is aimed at (all segments when it names none). */
public record KeyFeature(String key, String name, List<String> targetSegments, double target) {

    public KeyFeature {
        targetSegments = List.copyOf(targetSegments);
    }

    /** Whether the feature is aimed at this account tier (or segment). */
    public boolean aimedAt(String tier) {
        return targetSegments.isEmpty() || tier != null && targetSegments.stream().anyMatch(s -> s.equalsIgnoreCase(tier));
    }
}
