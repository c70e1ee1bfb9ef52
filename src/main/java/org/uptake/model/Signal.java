package org.uptake.model;

import java.time.Instant;
import java.util.List;

/**
 * A struggle one detector saw for one person and feature, with the events or the ticket behind it.
 * {@code at} is when it could first be known: the last click of a rage burst, the ticket's
 * creation, the end of an abandoned attempt's conversion window.
 */
public record Signal(SignalKind kind, int personId, String userId, Instant at, String detail, List<Evidence> evidence) {

    public Signal {
        evidence = List.copyOf(evidence);
    }
}
