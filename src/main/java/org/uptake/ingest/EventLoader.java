package org.uptake.ingest;

import org.uptake.workspace.Transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.uptake.workspace.EventBlock;
import org.uptake.workspace.FeatureEventStore;
import org.uptake.workspace.EventStore;

/**
 * Writes resolved events into the workspace: events in blocks, one open block per person bucket,
 * and each feature's events in blocks of their own, stored when full. Committed in small steps while the
 * file imports (one transaction over millions of rows made H2 write them twice); every block and
 * row carries the batch id, so an import that does not finish is taken back out by it.
 */
final class EventLoader implements AutoCloseable {

    /** A block is stored early when its properties grow past this, to keep rows well under H2's limit. */
    static final int BLOCK_PROPERTY_BYTES = 256 * 1024;
    private static final int BLOCKS_PER_COMMIT = 16;

    private final Connection connection;
    private final long batchId;
    private final EventStore.Inserter blocks;
    private final PreparedStatement featureEvents;
    private final EventBlock.Builder[] open = new EventBlock.Builder[EventStore.BUCKETS];
    private final java.util.Map<String, EventBlock.Builder> openFeatures = new java.util.HashMap<>();
    private int blocksSinceCommit;

    EventLoader(Transaction transaction, long batchId) throws SQLException {
        this.connection = transaction.connection();
        this.batchId = batchId;
        this.blocks = EventStore.inserter(connection);
        this.featureEvents = FeatureEventStore.prepareInsert(connection);
        for (int b = 0; b < open.length; b++) {
            open[b] = new EventBlock.Builder();
        }
    }

    void add(EventResolver.Row row) throws SQLException {
        int bucket = EventStore.bucketOf(row.person());
        EventBlock.Builder block = open[bucket];
        block.add(row.person(), row.ts(), row.name(), row.platform(), row.target(), row.session(), row.properties(),
                row.dedupeKey());
        if (block.size() == EventBlock.MAX_EVENTS || block.propertyBytes() >= BLOCK_PROPERTY_BYTES) {
            store(bucket);
        }
        if (row.features() != null) {
            for (String key : row.features()) {
                EventBlock.Builder featureBlock = openFeatures.computeIfAbsent(key, k -> new EventBlock.Builder());
                featureBlock.add(row.person(), row.ts(), row.name(), row.platform(), 0, null, null, 0);
                if (featureBlock.size() == EventBlock.MAX_EVENTS) {
                    FeatureEventStore.insert(featureEvents, key, batchId, featureBlock);
                    featureBlock.clear();
                }
            }
        }
    }

    private void store(int bucket) throws SQLException {
        blocks.insert(bucket, batchId, open[bucket]);
        open[bucket].clear();
        if (++blocksSinceCommit == BLOCKS_PER_COMMIT) {
            connection.commit();
            blocksSinceCommit = 0;
        }
    }

    /** Stores the open blocks and what is still batched; the caller commits. */
    void flush() throws SQLException {
        for (int b = 0; b < open.length; b++) {
            if (open[b].size() > 0) {
                blocks.insert(b, batchId, open[b]);
                open[b].clear();
            }
        }
        for (var e : openFeatures.entrySet()) {
            if (e.getValue().size() > 0) {
                FeatureEventStore.insert(featureEvents, e.getKey(), batchId, e.getValue());
                e.getValue().clear();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        blocks.close();
        featureEvents.close();
    }
}
