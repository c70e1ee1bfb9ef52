package org.uptake.adoption;

/** A person in a target segment who has not adopted, with how active they were in the window. */
public record NonAdopter(String userId, String segment, String plan, String role, String accountId, int activeDays, long events) {
}
