package org.uptake.struggle;

import java.time.Instant;
import java.util.List;

/** A support ticket as the struggle analysis reads it; {@code personId} 0 when no person matched. */
public record Ticket(String ticketId, int personId, Instant createdAt, String subject, String body, List<String> tags) {

    String text() {
        return (subject == null ? "" : subject) + ". " + (body == null ? "" : body);
    }
}
