package org.uptake.struggle;

import java.time.Instant;
import java.util.List;
import org.uptake.model.Evidence;

/** Turns what detectors looked at into the evidence a signal keeps. */
final class Evidences {

    /** A signal keeps at most this many events: enough to see the pattern, not a whole session. */
    static final int MAX_EVENTS = 12;

    private Evidences() {
    }

    static Evidence of(ContextEvent e) {
        return new Evidence(Instant.ofEpochMilli(e.ts()), "event", e.name(), e.target(), e.props());
    }

    static List<Evidence> of(List<ContextEvent> events) {
        return events.stream().limit(MAX_EVENTS).map(Evidences::of).toList();
    }

    static Evidence of(Ticket t) {
        return new Evidence(t.createdAt(), "ticket", t.ticketId(), String.join(" ", t.tags()),
                t.subject() + (t.body() == null || t.body().isBlank() ? "" : " — " + t.body()));
    }
}
