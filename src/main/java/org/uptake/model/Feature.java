package org.uptake.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A shipped feature as {@code features.json} defines it: how adoption is recognised, the funnel
 * that leads to it, the target set before launch and the metrics it was meant to move.
 */
public record Feature(
        String key,
        String name,
        LocalDate launchedAt,
        String problem,
        List<String> targetSegments,
        AdoptionGoal adoption,
        List<String> funnel,
        String revertEvent,
        List<String> legacyEvents,
        List<SuccessMetric> successMetrics,
        String brief) {

    public Feature {
        targetSegments = targetSegments == null ? List.of() : List.copyOf(targetSegments);
        funnel = funnel == null ? List.of() : List.copyOf(funnel);
        legacyEvents = legacyEvents == null ? List.of() : List.copyOf(legacyEvents);
        successMetrics = successMetrics == null ? List.of() : List.copyOf(successMetrics);
    }

    /** The event that makes a person an adopter, its target share and the days allowed to reach it. */
    public record AdoptionGoal(String event, double target, int withinDays) {
    }

    /**
     * A measure the feature should move: an event property (e.g. session time) or tickets with
     * given tags; {@code better} says which direction counts as an improvement.
     */
    public record SuccessMetric(String name, String event, String property, List<String> ticketTags, String better) {
        public SuccessMetric {
            ticketTags = ticketTags == null ? List.of() : List.copyOf(ticketTags);
        }
    }
}
