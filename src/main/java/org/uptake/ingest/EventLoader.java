package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.uptake.workspace.EventBlock;
import org.uptake.workspace.EventStore;

/**
 * Writes resolved events into the workspace: events in blocks, one open block per person bucket,
 * stored when full; feature events as rows in JDBC batches. Committed in small steps while the
 * file imports (one transaction over millions of rows made H2 write them twice); every block and
 * row carries the batch id, so an import that does not finish is taken back out by it.
 */
final class EventLoader implements AutoCloseable {

    static final int BLOCK_EVENTS = 2048;
    /** A block is stored early when its properties grow past this, to keep rows well under H2's limit. */
    static final int BLOCK_PROPERTY_BYTES = 256 * 1024;
    private static final int BATCH = 4096;
    private static final int BLOCKS_PER_COMMIT = 16;
    private static final String INSERT_FEATURE_EVENT = "INSERT INTO feature_event (feature_key, person_id, ts, name_id,"
            + " platform_id, batch_id) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long batchId;
    private final PreparedStatement blocks;
    private final PreparedStatement featureEvents;
    private final EventBlock.Builder[] open = new EventBlock.Builder[EventStore.BUCKETS];
    private int blocksSinceCommit;
    private int pendingFeatureEvents;

    EventLoader(Connection connection, long batchId) throws SQLException {
        this.connection = connection;
        this.batchId = batchId;
        this.blocks = EventStore.prepareInsert(connection);
        this.featureEvents = connection.prepareStatement(INSERT_FEATURE_EVENT);
        for (int b = 0; b < open.length; b++) {
            open[b] = new EventBlock.Builder();
        }
    }

    void add(EventResolver.Row row) throws SQLException {
        int bucket = EventStore.bucketOf(row.person());
        EventBlock.Builder block = open[bucket];
        block.add(row.person(), row.ts(), row.name(), row.platform(), row.target(), row.session(), row.properties(),
                row.dedupeKey());
        if (block.size() == BLOCK_EVENTS || block.propertyBytes() >= BLOCK_PROPERTY_BYTES) {
            store(bucket);
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

    private void store(int bucket) throws SQLException {
        EventStore.insert(blocks, bucket, batchId, open[bucket]);
        open[bucket].clear();
        if (++blocksSinceCommit == BLOCKS_PER_COMMIT) {
            connection.commit();
            blocksSinceCommit = 0;
        }
    }

    private static void setId(PreparedStatement s, int column, int id) throws SQLException {
        if (id == 0) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, id);
        }
    }

    /** Stores the open blocks and what is still batched; the caller commits. */
    void flush() throws SQLException {
        for (int b = 0; b < open.length; b++) {
            if (open[b].size() > 0) {
                EventStore.insert(blocks, b, batchId, open[b]);
                open[b].clear();
            }
        }
        if (pendingFeatureEvents > 0) {
            featureEvents.executeBatch();
            pendingFeatureEvents = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        blocks.close();
        featureEvents.close();
    }
}
