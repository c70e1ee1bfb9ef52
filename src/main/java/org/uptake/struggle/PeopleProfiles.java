package org.uptake.struggle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.uptake.workspace.ProfileStore;

/**
 * Every person's account tier and creation time, the attributes clusters describe people by besides their own
 * profile: from the profile blocks and the account table, not a join of every person row (about 10 s at a million
 * people). Read once for the data and kept by person id in two arrays (12 bytes a person): the watch asks for the
 * clusters of every feature in three windows, and each asked for a pass over every profile block.
 */
final class PeopleProfiles {

    static final PeopleProfiles NONE = new PeopleProfiles(new String[0], new long[0]);
    private static final String TIERS = "SELECT account_id, tier FROM account";

    private final String[] tier;
    private final long[] createdAt;

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

    static PeopleProfiles read(Connection c) throws SQLException {
        Map<String, String> tiers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(TIERS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String t = rs.getString(2);
                if (t != null && !t.isBlank()) {
                    tiers.put(rs.getString(1), t.trim());
                }
            }
        }
        String[][] tier = {new String[0]};
        long[][] created = {new long[0]};
        ProfileStore.scan(c, block -> {
            int end = block.firstPerson() + ProfileStore.PEOPLE_PER_BLOCK;
            if (end > tier[0].length) {
                int size = Math.max(end, tier[0].length * 3 / 2);
                tier[0] = Arrays.copyOf(tier[0], size);
                int old = created[0].length;
                created[0] = Arrays.copyOf(created[0], size);
                Arrays.fill(created[0], old, size, Long.MIN_VALUE);
            }
            for (int p = block.firstPerson(); p < end; p++) {
                if (!block.has(p)) {
                    continue;
                }
                tier[0][p] = block.accountId(p) == null ? null : tiers.get(block.accountId(p));
                created[0][p] = block.createdAt(p);
            }
        });
        return new PeopleProfiles(tier[0], created[0]);
    }
}
