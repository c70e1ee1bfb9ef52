package org.uptake.struggle;

import java.util.Objects;

/**
 * An event a detector looks at: one in a feature's context (its sessions), or a legacy event.
 * {@code featureEvent}: one of the feature's own events (funnel, adoption, revert, usage).
 *
 * <p>The properties are read from {@link WindowEvents} when first asked for: detectors ask for
 * few of them (a rage click's coordinates, an error's message), and making text of every event's properties was a
 * fifth of a watch refresh at a million people. Equal as a record of its fields would be; the session is a number of
 * its window's, so only events of one window compare.
 */
final class ContextEvent {

    private final long ts;
    private final String name;
    private final String target;
    /** The session as a number, the same for the same session id throughout the window's events; 0: none. */
    private final int session;
    private final String platform;
    private final boolean featureEvent;
    private final boolean reportsExpected;
    private final WindowEvents source;
    private final int index;
    private String props;

    /** Event {@code index} of {@code source}, whose properties are read from it when asked for. */
    ContextEvent(long ts, String name, String target, int session, String platform, WindowEvents source, int index,
            boolean reportsExpected, boolean featureEvent) {
        this.ts = ts;
        this.name = name;
        this.target = target;
        this.session = session;
        this.platform = platform;
        this.source = source;
        this.index = index;
        this.reportsExpected = reportsExpected;
        this.featureEvent = featureEvent;
    }

    long ts() {
        return ts;
    }

    String name() {
        return name;
    }

    String target() {
        return target;
    }

    /**
     * The session as a number (0: the event named none): equal for events of the same session id. Only the detectors'
     * "same session" asks, so the window keeps no text of its sessions (1.8 million of them over four weeks at a
     * million people, a fifth of what a refresh's struggles held).
     */
    int session() {
        return session;
    }

    String platform() {
        return platform;
    }

    boolean featureEvent() {
        return featureEvent;
    }

    /** The properties as a JSON object text, or null when the event had none. */
    String props() {
        String p = props;
        if (p == null && source != null) {
            p = source.properties(index);
            props = p;
        }
        return p;
    }

    /** Whether the properties hold {@code _expected} (a state reported against an expected one), known without reading them. */
    boolean reportsExpected() {
        return reportsExpected;
    }

    /** The numbers stored under {@code x} and {@code y} in the properties (each NaN when absent), read in one parse. */
    double[] point() {
        return EventProperties.numbers(props(), "x", "y");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContextEvent e && ts == e.ts && featureEvent == e.featureEvent && Objects.equals(name, e.name)
                && Objects.equals(target, e.target) && session == e.session && Objects.equals(platform, e.platform)
                && Objects.equals(props(), e.props());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ts, name, target, session, platform, props(), featureEvent);
    }

    @Override
    public String toString() {
        return "ContextEvent[ts=" + ts + ", name=" + name + ", target=" + target + ", session=" + session + ", platform=" + platform
                + ", props=" + props() + ", featureEvent=" + featureEvent + "]";
    }
}
