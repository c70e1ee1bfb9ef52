package org.uptake.model;

import java.time.Instant;
import java.util.List;

/**
 * A generated message or piece of onboarding content in the review queue. {@code personId} is 0
 * (and {@code userId} null) for onboarding content. {@code problems} are the checks it fails
 * (grounding, phrasing, length); a message with problems cannot be approved.
 */
public record Message(long id, String featureKey, String kind, int personId, String userId, String audience, Channel channel,
        String subject, String body, MessageStatus status, String reason, List<String> problems, Instant createdAt,
        String decidedBy, Instant decidedAt, String rejectionReason, Instant sentAt) {

    public Message {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean passesChecks() {
        return problems.isEmpty();
    }
}
