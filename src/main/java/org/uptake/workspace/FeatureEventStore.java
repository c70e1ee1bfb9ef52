package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Each feature's own events (its funnel, adoption, revert, usage and legacy events), kept apart
 * from the raw events in blocks of one feature and one import, so funnels, time to first use and
 * reverts read a feature's events without scanning everyone's. Blocks use the {@link EventBlock}
 * layout; merged placeholders read as their person, as in {@link EventStore}.
 */
public final class FeatureEventStore {

    private static final int PAGE = 16;
    private static final String INSERT = "INSERT INTO feature_event_block (feature_key, batch_id, events, first_ts, last_ts, data)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PAGE_OF_FEATURE = "SELECT id, data, batch_id FROM feature_event_block WHERE feature_key = ? AND id > ?"
            + " ORDER BY id LIMIT " + PAGE;

    private FeatureEventStore() {
    }

    public static PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement(INSERT);
    }

    /** Stores a block of one feature's events from one import; the caller commits. */
    public static void insert(PreparedStatement insert, String featureKey, long batchId, EventBlock.Builder block) throws SQLException {
        insert.setString(1, featureKey);
        insert.setLong(2, batchId);
        EventStore.bindBlock(insert, 3, block);
        insert.executeUpdate();
    }

    /** Every stored event of the feature, block by block. */
    public static void scan(Connection c, String featureKey, EventStore.Visitor visitor) throws SQLException {
        Int2IntMap merged = EventStore.merges(c);
        BlockPages.forEach(c, PAGE_OF_FEATURE, PAGE, java.util.List.of(featureKey),
                rs -> visitor.visit(EventBlock.decode(rs.getBytes(2), merged, rs.getLong(3))));
    }

    /** Forgets a feature's events (its definition changed; they are copied again from the raw events). */
    public static void delete(Connection c, String featureKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM feature_event_block WHERE feature_key = ?")) {
            s.setString(1, featureKey);
            s.executeUpdate();
        }
    }
}
