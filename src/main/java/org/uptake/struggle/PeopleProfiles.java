package org.uptake.struggle;

import java.util.Arrays;
import java.util.Map;
import org.uptake.workspace.ProfileStore;

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
    private PeopleProfiles(String[] tier, long[] createdAt) {
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

    /** Fills the arrays block by block as the profile blocks are read, growing them to the highest person id. */
    static final class Builder {

        private final Map<String, String> tierOfAccount;
        private String[] tier = new String[0];
        private long[] createdAt = new long[0];

        /** {@code tierOfAccount}: each account's tier (accounts without one are not in it). */
        Builder(Map<String, String> tierOfAccount) {
            this.tierOfAccount = tierOfAccount;
        }

        void add(ProfileStore.Block block) {
            int end = block.firstPerson() + ProfileStore.PEOPLE_PER_BLOCK;
            if (end > tier.length) {
                int size = Math.max(end, tier.length * 3 / 2);
                int old = createdAt.length;
                tier = Arrays.copyOf(tier, size);
                createdAt = Arrays.copyOf(createdAt, size);
                Arrays.fill(createdAt, old, size, Long.MIN_VALUE);
            }
            for (int p = block.firstPerson(); p < end; p++) {
                if (block.has(p)) {
                    tier[p] = block.accountId(p) == null ? null : tierOfAccount.get(block.accountId(p));
                    createdAt[p] = block.createdAt(p);
                }
            }
        }

        PeopleProfiles build() {
            return new PeopleProfiles(tier, createdAt);
        }
    }
}
