package org.uptake.adoption;

import java.time.Instant;

/** One event in a person's timeline, as stored. */
public record TimelineEvent(Instant at, String event, String platform, String target, String session, String properties) {
}
