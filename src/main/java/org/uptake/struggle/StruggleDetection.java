package org.uptake.struggle;

import java.util.List;

/**
 * A feature's struggle detection in a window without its clusters: who struggles, and how many ticket filers
 * struggled visibly first (the same figures as the full analysis of that window).
 */
public record StruggleDetection(List<StrugglingPerson> struggling, EarlyWarning earlyWarning) {

    public StruggleDetection {
        struggling = List.copyOf(struggling);
    }
}
