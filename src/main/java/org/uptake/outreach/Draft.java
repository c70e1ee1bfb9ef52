package org.uptake.outreach;

/** A subject (or title) and a body, as a generator wrote them or an analyst edited them. */
public record Draft(String subject, String body) {
}
