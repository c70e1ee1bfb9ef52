package org.uptake.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A shipped feature as {@code features.json} defines it: how adoption is recognised, the funnel
 * that leads to it, the target set before launch and the metrics it was meant to move.
 * {@code usageEvents} (optional) are further events that count as using the feature;
 * {@code rageClickIgnore} (optional) the click targets where repeated clicks are normal (zoom, pagination).
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
        List<String> usageEvents,
        List<SuccessMetric> successMetrics,
        String brief,
        List<String> rageClickIgnore) {

    public Feature {
        targetSegments = targetSegments == null ? List.of() : List.copyOf(targetSegments);
        funnel = funnel == null ? List.of() : List.copyOf(funnel);
        legacyEvents = legacyEvents == null ? List.of() : List.copyOf(legacyEvents);
        usageEvents = usageEvents == null ? List.of() : List.copyOf(usageEvents);
        successMetrics = successMetrics == null ? List.of() : List.copyOf(successMetrics);
        rageClickIgnore = rageClickIgnore == null ? List.of() : List.copyOf(rageClickIgnore);
    }

    /** A feature without targets to ignore for rage clicks. */
    public Feature(String key, String name, LocalDate launchedAt, String problem, List<String> targetSegments, AdoptionGoal adoption,
            List<String> funnel, String revertEvent, List<String> legacyEvents, List<String> usageEvents,
            List<SuccessMetric> successMetrics, String brief) {
        this(key, name, launchedAt, problem, targetSegments, adoption, funnel, revertEvent, legacyEvents, usageEvents, successMetrics,
                brief, List.of());
    }

    /** Every event that counts as using the feature: funnel steps, the adoption and revert events, usage events. */
    public java.util.Set<String> featureEvents() {
        java.util.Set<String> events = new java.util.LinkedHashSet<>(funnel);
        if (adoption != null) {
            events.add(adoption.event());
        }
        if (revertEvent != null) {
            events.add(revertEvent);
        }
        events.addAll(usageEvents);
        return events;
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
