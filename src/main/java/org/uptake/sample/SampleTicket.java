package org.uptake.sample;

import java.util.List;

/** A support ticket as the help desk holds it; the id is given when it is written. */
record SampleTicket(long createdAt, String requesterName, String requesterEmail, String subject, String description,
        List<String> tags, String status, String priority, String via) {
}
