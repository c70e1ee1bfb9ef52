package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes resolved events and their feature events into the workspace, in JDBC batches, inside the import's transaction. */
final class EventLoader implements AutoCloseable {

    private static final int BATCH = 4096;
    private static final String INSERT_EVENT = "INSERT INTO event (person_id, ts, name_id, platform_id, target_id,"
            + " session_id, props, dedupe_key, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FEATURE_EVENT = "INSERT INTO feature_event (feature_key, person_id, ts, name_id,"
            + " platform_id, batch_id) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long batchId;
    private final PreparedStatement events;
    private final PreparedStatement featureEvents;
    private int pendingEvents;
    private int pendingFeatureEvents;

    EventLoader(Connection connection, long batchId) throws SQLException {
        this.connection = connection;
        this.batchId = batchId;
        this.events = connection.prepareStatement(INSERT_EVENT);
        this.featureEvents = connection.prepareStatement(INSERT_FEATURE_EVENT);
    }

    void add(EventResolver.Row row) throws SQLException {
        events.setInt(1, row.person());
        events.setLong(2, row.ts());
        events.setInt(3, row.name());
        setId(events, 4, row.platform());
        setId(events, 5, row.target());
        events.setString(6, row.session());
        events.setString(7, row.properties());
        events.setLong(8, row.dedupeKey());
        events.setLong(9, batchId);
        events.addBatch();
        if (++pendingEvents == BATCH) {
            events.executeBatch();
            pendingEvents = 0;
            // Small commits: one transaction over millions of rows made H2 write them twice. Every row
            // carries the batch id, so an import that does not finish is taken back out by it.
            connection.commit();
        }
        if (row.features() != null) {
            for (String key : row.features()) {
                featureEvents.setString(1, key);
                featureEvents.setInt(2, row.person());
                featureEvents.setLong(3, row.ts());
                featureEvents.setInt(4, row.name());
                setId(featureEvents, 5, row.platform());
                featureEvents.setLong(6, batchId);
                featureEvents.addBatch();
                if (++pendingFeatureEvents == BATCH) {
                    featureEvents.executeBatch();
                    pendingFeatureEvents = 0;
                }
            }
        }
    }

    private static void setId(PreparedStatement s, int column, int id) throws SQLException {
        if (id == 0) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, id);
        }
    }

    /** Sends what is still batched; the caller commits. */
    void flush() throws SQLException {
        if (pendingEvents > 0) {
            events.executeBatch();
            pendingEvents = 0;
        }
        if (pendingFeatureEvents > 0) {
            featureEvents.executeBatch();
            pendingFeatureEvents = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        events.close();
        featureEvents.close();
    }
}
