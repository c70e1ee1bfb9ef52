package org.uptake.adoption;

import java.time.Instant;

/**
 * One person in a people list: who they are (id, email, account and its name), when they adopted,
 * how far they got, how active they were. Email and account name are null when the exports gave none.
 */
public record PersonRow(String userId, String email, String segment, String plan, String role, String accountId, String accountName,
        Instant adoptedAt, int furthestStep, int activeDays, long events) {

    /** How a person reads in a list: their email when the data has one, else their id. */
    public String who() {
        return email == null || email.isBlank() ? userId : email;
    }

    /** The account as a person reads it: its name when the accounts file gave one, else its id. */
    public String account() {
        return accountName == null || accountName.isBlank() ? accountId : accountName;
    }
}
