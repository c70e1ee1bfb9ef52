package org.uptake.model;

import java.time.Instant;

/**
 * One thing a signal rests on: an event ({@code source} "event": its name, the element clicked and
 * its properties) or a ticket ({@code source} "ticket": its id as {@code name}, subject and body as
 * {@code detail}).
 */
public record Evidence(Instant at, String source, String name, String target, String detail) {
}
