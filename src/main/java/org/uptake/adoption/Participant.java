package org.uptake.adoption;

import java.time.Instant;

/**
 * A person active in a feature's window, with what the later analyses (struggles, outreach,
 * impact) need to know about them and the feature: who they are, how far they got in the funnel,
 * whether and when they adopted.
 *
 * @param createdAt     when the people file says the person was created, in epoch milliseconds ({@link Long#MIN_VALUE}:
 *                      it did not say)
 * @param mainPlatform  the platform most of the person's events came from
 * @param entryPlatform where their first funnel entry in the window happened (null: never entered)
 * @param furthestStep  0 = never entered the funnel; {@code steps} = completed it
 * @param lastEntryAt   their last step-1 event in the window (null: never entered)
 * @param adoptedAt     first adoption in the window (null: not an adopter)
 * @param lastUseAt     last use of the feature, any time (null: never)
 */
public record Participant(int personId, String userId, String accountId, String segment, String plan, String role,
        long createdAt, String mainPlatform, String entryPlatform, int furthestStep, Instant lastEntryAt, Instant adoptedAt,
        boolean reverted, boolean stopped, Instant lastUseAt) {

    /** Whether the people file gave the person's creation time. */
    public boolean hasCreatedAt() {
        return createdAt != Long.MIN_VALUE;
    }

    public boolean adopted() {
        return adoptedAt != null;
    }

    /** Did anything with the feature in the window: entered its funnel or used it. */
    public boolean entered() {
        return furthestStep > 0 || adoptedAt != null;
    }
}
