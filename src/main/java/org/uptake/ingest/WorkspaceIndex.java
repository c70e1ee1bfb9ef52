package org.uptake.ingest;

import org.uptake.workspace.Transaction;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.SecondRead;
import org.uptake.workspace.Workspace;

/**
 * What the importers must know about a workspace without asking the database per row: person ids
 * by user id, anonymous-id links, the dictionaries and every event's dedupe key. Loaded once per
 * open workspace; thrown away when an import fails, since the database rolled back what it added.
 */
final class WorkspaceIndex {

    final Object2IntOpenHashMap<String> people = new Object2IntOpenHashMap<>();
    final Object2IntOpenHashMap<String> aliases = new Object2IntOpenHashMap<>();
    final Dictionary names = new Dictionary(Dictionary.EVENT_NAME);
    final Dictionary platforms = new Dictionary(Dictionary.PLATFORM);
    final Dictionary targets = new Dictionary(Dictionary.TARGET);
    final LongOpenHashSet dedupeKeys;
    int nextPersonId = 1;
    long events;

    private WorkspaceIndex(int expectedEvents) {
        people.defaultReturnValue(0);
        aliases.defaultReturnValue(0);
        // Filled to nine tenths before it grows: with a quarter's room to grow in, from 10.1 to 12 million events (the
        // million-person bench workspace holds 10.7) the keys fit 2^24 slots (128 MB) instead of 2^25, held for as
        // long as the workspace is open.
        dedupeKeys = new LongOpenHashSet(Math.max(1024, expectedEvents), 0.9f);
    }

    /**
     * Everything an import needs to know of the workspace, read before the import writes anything: the people and
     * dictionaries in the import's transaction, and, on a second connection at the same time, every stored event's
     * dedupe key. Both take seconds at a million people and ten million events, and there are two cores; imports run
     * one at a time, so the second connection sees what the transaction sees.
     */
    static WorkspaceIndex load(Transaction tx, Workspace workspace) {
        long t0 = System.nanoTime();
        long events = EventStore.count(tx);
        WorkspaceIndex index = new WorkspaceIndex((int) Math.min(Integer.MAX_VALUE - 8, events + events / 4));
        index.events = events;
        long[] keysMs = new long[1];
        java.util.concurrent.Future<?> keys = SecondRead.start(() -> {
            long k0 = System.nanoTime();
            EventStore.dedupeKeys(workspace, index.dedupeKeys::add);
            keysMs[0] = (System.nanoTime() - k0) / 1_000_000;
            return null;
        });
        try {
            int lastMerged = PeopleStore.readIdentities(tx, (userId, id) -> {
                index.people.put(userId, id);
                index.nextPersonId = Math.max(index.nextPersonId, id + 1);
            }, index.aliases::put);
            // A merged placeholder's id lives on in its stored events: never give it to someone new.
            index.nextPersonId = Math.max(index.nextPersonId, lastMerged + 1);
            index.names.load(tx);
            index.platforms.load(tx);
            index.targets.load(tx);
        } catch (RuntimeException e) {
            // The keys' read ends before the import gives up; this failure is the one reported.
            SecondRead.end(keys, e);
            throw e;
        }
        SecondRead.await(keys, "the stored events' keys");
        // Where an import's set-up goes: at a million people and ten million events both parts take seconds.
        org.slf4j.LoggerFactory.getLogger(WorkspaceIndex.class).info("Workspace index: {} people and the dictionaries, and beside them"
                + " {} events' dedupe keys in {} ms, in {} ms", index.people.size(), index.dedupeKeys.size(), keysMs[0],
                (System.nanoTime() - t0) / 1_000_000);
        return index;
    }
}
