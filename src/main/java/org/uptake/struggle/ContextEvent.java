package org.uptake.struggle;

/**
 * An event a detector looks at: one in a feature's context (its sessions), or a legacy event.
 * {@code featureEvent}: one of the feature's own events (funnel, adoption, revert, usage).
 */
record ContextEvent(long ts, String name, String target, String session, String platform, String props,
        boolean featureEvent) {

    /** The number stored under {@code key} in the properties, or NaN. */
    double number(String key) {
        return EventProperties.number(props, key);
    }
}
