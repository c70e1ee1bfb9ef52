package org.uptake.adoption;

import java.time.Instant;

/** One person in a people list: who they are, when they adopted, how far they got, how active they were. */
public record PersonRow(String userId, String segment, String plan, String role, String accountId, Instant adoptedAt,
        int furthestStep, int activeDays, long events) {
}
