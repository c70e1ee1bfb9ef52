package org.uptake.struggle;

/**
 * Every person's account tier and creation time, the attributes clusters describe people by besides their own
 * profile ({@link StruggleQueries} reads them from the profile blocks and the account table). Read once for the data
 * and kept by person id in two arrays (12 bytes a person): the watch asks for the clusters of every feature in three
 * windows, and each asked for a pass over every profile block.
 */
final class PeopleProfiles {

    static final PeopleProfiles NONE = new PeopleProfiles(new String[0], new long[0]);

    private final String[] tier;
    private final long[] createdAt;

    /** {@code tier} and {@code createdAt} by person id; {@code Long.MIN_VALUE}: no creation time. */
    PeopleProfiles(String[] tier, long[] createdAt) {
        this.tier = tier;
        this.createdAt = createdAt;
    }

    /** The person's account's tier, or null when they have no account or it has no tier. */
    String tier(int person) {
        return person >= 0 && person < tier.length ? tier[person] : null;
    }

    /** Whether the people file gave the person's creation time. */
    boolean hasCreatedAt(int person) {
        return person >= 0 && person < createdAt.length && createdAt[person] != Long.MIN_VALUE;
    }

    /** The person's creation time in epoch milliseconds; only when {@link #hasCreatedAt}. */
    long createdAt(int person) {
        return createdAt[person];
    }
}
