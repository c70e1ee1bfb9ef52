package org.uptake.ingest;

import org.uptake.workspace.EventBlock;
import org.uptake.workspace.EventBlockWriter;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.Transaction;

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

    private final long batchId;
    private final EventBlockWriter blocks;
    private final EventBlock.Builder[] open = new EventBlock.Builder[EventStore.BUCKETS];
    private final java.util.Map<String, EventBlock.Builder> openFeatures = new java.util.HashMap<>();
    private int blocksSinceCommit;

    EventLoader(Transaction transaction, long batchId) {
        this.batchId = batchId;
        this.blocks = EventBlockWriter.open(transaction);
        for (int b = 0; b < open.length; b++) {
            open[b] = new EventBlock.Builder();
        }
    }

    void add(EventResolver.Row row) {
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
                    blocks.featureEvents(key, batchId, featureBlock);
                    featureBlock.clear();
                }
            }
        }
    }

    private void store(int bucket) {
        blocks.events(bucket, batchId, open[bucket]);
        open[bucket].clear();
        if (++blocksSinceCommit == BLOCKS_PER_COMMIT) {
            blocks.commit();
            blocksSinceCommit = 0;
        }
    }

    /** Stores the open blocks and what is still batched; the caller commits. */
    void flush() {
        for (int b = 0; b < open.length; b++) {
            if (open[b].size() > 0) {
                blocks.events(b, batchId, open[b]);
                open[b].clear();
            }
        }
        for (var e : openFeatures.entrySet()) {
            if (e.getValue().size() > 0) {
                blocks.featureEvents(e.getKey(), batchId, e.getValue());
                e.getValue().clear();
            }
        }
    }

    @Override
    public void close() {
        blocks.close();
    }
}
