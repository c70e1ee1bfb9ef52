package org.uptake.ingest;

import org.uptake.workspace.Transaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.workspace.ActivityStore;

/**
 * Imports an events file on two threads: one reads and parses, the caller's resolves ids (people,
 * names, duplicates) and writes. Parsing takes about as long as resolving and writing together,
 * so the pair keeps both cores busy; identify and group calls are resolved in file order with
 * the events, since an identify call decides whose the anonymous events after it are.
 */
final class EventImport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventImport.class);

    private static final int CHUNK = 2048;
    /**
     * Roughly what an exported event's line takes, to size the duplicate-key set once: too small
     * and it rehashes millions of keys, too large and a 1 GB heap spends its time collecting.
     */
    private static final long BYTES_PER_CSV_EVENT = 120;
    private static final long BYTES_PER_JSON_EVENT = 300;
    private static final Object END = new Object();

    record Bad(long line, String raw, String reason) {
    }

    private record Identify(String userId, String anonymousId, Map<String, String> traits) {
    }

    private record Group(String userId, String accountId, Map<String, String> traits) {
    }

    private final ImportPlan plan;
    private final Transaction transaction;
    private final WorkspaceIndex index;
    private final long batchId;
    private final List<Feature> features;

    EventImport(ImportPlan plan, Transaction transaction, WorkspaceIndex index, long batchId, List<Feature> features) {
        this.plan = plan;
        this.transaction = transaction;
        this.index = index;
        this.batchId = batchId;
        this.features = features;
    }

    /** Loads the file; returns the loader (counts, rollup increments) and the people writer. */
    Outcome run(QuarantineWriter quarantine, Progress progress) throws IOException {
        PeopleWriter people = new PeopleWriter(transaction, index, batchId);
        EventResolver resolver = new EventResolver(index, people, features);
        // Sized once from the file's size: growing a set of millions of keys step by step costs seconds of rehashing.
        long bytesPerEvent = plan.sniff().layout() == Layout.DELIMITED ? BYTES_PER_CSV_EVENT : BYTES_PER_JSON_EVENT;
        long expected = Math.min(50_000_000L, plan.sniff().sizeBytes() / bytesPerEvent
                * (plan.sniff().compression() == Compression.NONE ? 1 : 6));
        index.dedupeKeys.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, index.dedupeKeys.size() + expected));
        EventLoader loader = new EventLoader(transaction, batchId);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong position = new AtomicLong();
        AtomicLong records = new AtomicLong();
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> read(queue, stop, position, records, failure), "uptake-import-reader");
        reader.setDaemon(true);
        reader.start();
        long size = plan.sniff().sizeBytes();
        long started = System.nanoTime();
        try {
            while (true) {
                Object item = queue.poll(200, TimeUnit.MILLISECONDS);
                if (progress.isCancelled()) {
                    throw new CancellationException("Import cancelled");
                }
                if (item == null) {
                    continue;
                }
                if (item == END) {
                    break;
                }
                for (Object o : (List<?>) item) {
                    if (o instanceof ParsedEvent event) {
                        EventResolver.Row row = resolver.resolve(event);
                        if (row != null) {
                            loader.add(row);
                        }
                    } else if (o instanceof Identify i) {
                        people.identify(i.userId(), i.anonymousId(), i.traits());
                    } else if (o instanceof Group g) {
                        people.group(g.userId(), g.accountId(), g.traits());
                    } else if (o instanceof Bad b) {
                        quarantine.add(b.line(), b.raw(), b.reason());
                    }
                }
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                progress.update(Math.min(position.get(), size), size, String.format("Importing %s: %,d rows read (%,.0f rows/s)",
                        plan.sniff().file().getFileName(), records.get(), records.get() / seconds));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted");
        } finally {
            stop.set(true);
            queue.clear();
        }
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        progress.update(size, size, "Updating people and rollups");
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long t0 = System.nanoTime();
        for (EventResolver.Row row : resolver.releaseHeldBack()) {
            loader.add(row);
        }
        loader.flush();
        loader.close();
        index.names.flush(transaction);
        index.platforms.flush(transaction);
        index.targets.flush(transaction);
        long t1 = System.nanoTime();
        people.flush();
        long t2 = System.nanoTime();
        var merges = people.mergedPairs();
        ActivityStore.add(transaction, resolver.activeDays, resolver.platformEvents, merges);
        long t3 = System.nanoTime();
        FeatureUseStore.apply(transaction, resolver.featureUse, features, index.names, p -> merges.getOrDefault(p, p));
        RollupQueries.refreshMovedPeople(transaction, features, index.names);
        long t4 = System.nanoTime();
        LOG.info("Loaded {} events in {} ms; flush {} ms, people {} ms ({} merged), active days {} ms ({} rows), features {} ms",
                resolver.imported, (t0 - started) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                people.merges.size(), (t3 - t2) / 1_000_000, resolver.activeDays.size(), (t4 - t3) / 1_000_000);
        return new Outcome(resolver, people, records.get());
    }

    private void read(BlockingQueue<Object> queue, AtomicBoolean stop, AtomicLong position, AtomicLong records,
            Throwable[] failure) {
        List<Object>[] chunk = new List[] {new ArrayList<>(CHUNK)};
        RecordSink sink = new RecordSink() {
            @Override
            public void event(ParsedEvent event) {
                add(event);
            }

            @Override
            public void identify(String userId, String anonymousId, Map<String, String> traits) {
                add(new Identify(userId, anonymousId, traits));
            }

            @Override
            public void group(String userId, String accountId, Map<String, String> traits) {
                add(new Group(userId, accountId, traits));
            }

            @Override
            public void quarantine(long line, String raw, String reason) {
                add(new Bad(line, raw, reason));
            }

            @Override
            public void read(long count) {
                records.set(count);
            }

            private void add(Object item) {
                chunk[0].add(item);
                if (chunk[0].size() == CHUNK) {
                    put(queue, chunk[0], stop);
                    chunk[0] = new ArrayList<>(CHUNK);
                }
            }
        };
        try {
            Timestamps timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
            new EventRecords(plan.sniff(), plan.mapping(), timestamps, sink).read(stop::get, position);
            if (!chunk[0].isEmpty()) {
                put(queue, chunk[0], stop);
            }
        } catch (Throwable t) {
            failure[0] = t;
        } finally {
            put(queue, END, stop);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get() && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // The writer is behind; wait for room unless the import was stopped.
            }
            if (stop.get() && item == END) {
                queue.offer(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Outcome(EventResolver loader, PeopleWriter people, long records) {
    }
}
