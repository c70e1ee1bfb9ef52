package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The raw events: blocks of {@link EventBlock}, each holding one import's events of one person
 * bucket (person id modulo {@link #BUCKETS}), so one person's timeline reads a sixty-fourth of
 * the store. Anonymous placeholders merged into a person later keep their stored id; readers see
 * the person's id ({@code person_merge}).
 */
public final class EventStore {

    public static final int BUCKETS = 64;
    /** Blocks read per query: enough to keep H2 busy, few enough that a page of results stays small in memory. */
    private static final int PAGE = 16;

    private static final String INSERT = "INSERT INTO event_block (bucket, batch_id, events, first_ts, last_ts, data)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PAGE_IN_WINDOW = "SELECT id, data, batch_id FROM event_block WHERE last_ts >= ? AND first_ts < ?"
            + " AND id > ? ORDER BY id LIMIT " + PAGE;
    private static final String PAGE_IN_BUCKET = "SELECT id, data, batch_id FROM event_block WHERE bucket = ? AND id > ? ORDER BY id LIMIT " + PAGE;
    private static final String INSERT_KEYS = "INSERT INTO event_key_block (batch_id, dedupe_keys) VALUES (?, ?)";
    private static final String PAGE_OF_KEYS = "SELECT id, dedupe_keys FROM event_key_block WHERE id > ? ORDER BY id LIMIT 64";
    static final String COUNT = "SELECT COALESCE(SUM(rows_imported), 0) FROM import_batch WHERE status = 'imported' AND kind = 'events'";
    private static final String MERGES = "SELECT anonymous_person, person_id FROM person_merge";

    private EventStore() {
    }

    /** Receives the blocks of a scan, one at a time. */
    @FunctionalInterface
    public interface Visitor {
        void visit(EventBlock block) throws SQLException;
    }

    public static int bucketOf(int person) {
        return Math.floorMod(person, BUCKETS);
    }

    /**
     * Stores blocks of events for an import; the caller commits. Each block's duplicate keys are
     * also stored on their own, so an import can learn every stored key without reading the events.
     */
    public static final class Inserter implements AutoCloseable {
        private final PreparedStatement blocks;
        private final PreparedStatement keys;

        private Inserter(Connection c) throws SQLException {
            blocks = c.prepareStatement(INSERT);
            keys = c.prepareStatement(INSERT_KEYS);
        }

        public void insert(int bucket, long batchId, EventBlock.Builder block) throws SQLException {
            blocks.setInt(1, bucket);
            blocks.setLong(2, batchId);
            bindBlock(blocks, 3, block);
            blocks.executeUpdate();
            keys.setLong(1, batchId);
            keys.setBytes(2, block.encodeKeys());
            keys.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            blocks.close();
            keys.close();
        }
    }

    /** A block's count, first and last times and encoding, from parameter {@code from} on. */
    static void bindBlock(PreparedStatement s, int from, EventBlock.Builder block) throws SQLException {
        s.setInt(from, block.size());
        s.setLong(from + 1, block.firstTs());
        s.setLong(from + 2, block.lastTs());
        s.setBytes(from + 3, block.encode());
    }

    public static Inserter inserter(Connection c) throws SQLException {
        return new Inserter(c);
    }

    /** Every stored event's duplicate key, on a connection of its own (beside a transaction that has not written yet). */
    public static void dedupeKeys(Workspace workspace, java.util.function.LongConsumer consumer) {
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            dedupeKeys(c, consumer);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the stored events' keys", e);
        }
    }

    /** Every stored event's duplicate key, read in a transaction. */
    public static void dedupeKeys(Transaction tx, java.util.function.LongConsumer consumer) {
        try {
            dedupeKeys(tx.connection(), consumer);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the stored events' keys", e);
        }
    }

    /** Events stored over all finished imports, read in a transaction. */
    public static long count(Transaction tx) {
        try {
            return count(tx.connection());
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot count the stored events", e);
        }
    }

    /** Every stored event's duplicate key. */
    public static void dedupeKeys(Connection c, java.util.function.LongConsumer consumer) throws SQLException {
        BlockPages.forEach(c, PAGE_OF_KEYS, 64, List.of(), rs -> {
            for (long key : EventBlock.decodeKeys(rs.getBytes(2))) {
                consumer.accept(key);
            }
        });
    }

    /**
     * Events stored, over all finished imports: from the imports' own counts, since summing the
     * blocks' counts makes H2 read every block (a second at ten million events).
     */
    public static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COUNT)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Anonymous placeholder id → the person an identify call merged it into. */
    public static Int2IntMap merges(Connection c) throws SQLException {
        Int2IntOpenHashMap merged = new Int2IntOpenHashMap();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(MERGES)) {
            while (rs.next()) {
                merged.put(rs.getInt(1), rs.getInt(2));
            }
        }
        return merged;
    }

    /** Every block with events in [from, to), in storage order; events outside the window are the visitor's to skip. */
    public static void scan(Connection c, long from, long to, Visitor visitor) throws SQLException {
        Int2IntMap merged = merges(c);
        BlockPages.forEach(c, PAGE_IN_WINDOW, PAGE, List.of(from, to),
                rs -> visitor.visit(EventBlock.decode(rs.getBytes(2), merged, rs.getLong(3))));
    }

    /** Every event over all time. */
    public static void scanAll(Connection c, Visitor visitor) throws SQLException {
        scan(c, Long.MIN_VALUE, Long.MAX_VALUE, visitor);
    }

    /**
     * The blocks that can hold these people's events: their own buckets and those of the placeholders
     * merged into them. Other people's events are in the same blocks; the visitor filters.
     */
    public static void scanPeople(Connection c, IntSet people, Visitor visitor) throws SQLException {
        Int2IntMap merged = merges(c);
        IntOpenHashSet buckets = new IntOpenHashSet();
        people.forEach((int p) -> buckets.add(bucketOf(p)));
        merged.int2IntEntrySet().forEach(e -> {
            if (people.contains(e.getIntValue())) {
                buckets.add(bucketOf(e.getIntKey()));
            }
        });
        int[] wanted = buckets.toIntArray();
        Arrays.sort(wanted);
        for (int bucket : wanted) {
            BlockPages.forEach(c, PAGE_IN_BUCKET, PAGE, List.of(bucket),
                    rs -> visitor.visit(EventBlock.decode(rs.getBytes(2), merged, rs.getLong(3))));
        }
    }
}
