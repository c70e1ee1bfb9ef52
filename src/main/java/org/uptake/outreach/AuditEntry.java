package org.uptake.outreach;

import java.time.Instant;

/** One decision or change in a message's life: who, when, what. */
public record AuditEntry(long messageId, String actor, Instant at, String action, String detail) {
}
