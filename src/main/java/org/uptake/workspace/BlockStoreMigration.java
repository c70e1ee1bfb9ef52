package org.uptake.workspace;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 9: moves a workspace's event rows (one per event, schema versions 2 to 8) into
 * event blocks, keeping each event's import, its feature_event rows into feature event blocks,
 * its people into profile blocks, and its person_day and person_platform rows into
 * activity blocks, then drops the old tables. Encoding blocks needs Java, so this step is not a
 * SQL script.
 */
final class BlockStoreMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "event and activity rows to blocks";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Long2ObjectOpenHashMap<EventBlock.Builder> open = new Long2ObjectOpenHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT person_id, ts, name_id, platform_id, target_id, session_id, props,"
                     + " dedupe_key, batch_id FROM event");
             EventStore.Inserter insert = EventStore.inserter(c)) {
            while (rs.next()) {
                int person = rs.getInt(1);
                long batch = rs.getLong(9);
                int bucket = EventStore.bucketOf(person);
                long key = batch * EventStore.BUCKETS + bucket;
                EventBlock.Builder block = open.computeIfAbsent(key, k -> new EventBlock.Builder());
                block.add(person, rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getLong(8));
                if (block.size() == EventBlock.MAX_EVENTS) {
                    insert.insert(bucket, batch, block);
                    block.clear();
                }
            }
            for (var e : open.long2ObjectEntrySet()) {
                if (e.getValue().size() > 0) {
                    long key = e.getLongKey();
                    insert.insert((int) Math.floorMod(key, (long) EventStore.BUCKETS),
                            Math.floorDiv(key, EventStore.BUCKETS), e.getValue());
                }
            }
        }
        moveFeatureEvents(c);
        moveActivity(c);
        ProfileStore.rebuild(c);
        try (Statement s = c.createStatement()) {
            for (String table : java.util.List.of("event", "feature_event", "person_day", "person_platform", "person_day_delta")) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    private static void moveFeatureEvents(Connection c) throws SQLException {
        java.util.Map<String, EventBlock.Builder> open = new java.util.HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT feature_key, batch_id, person_id, ts, name_id, platform_id FROM feature_event");
             PreparedStatement insert = FeatureEventStore.prepareInsert(c)) {
            while (rs.next()) {
                String feature = rs.getString(1);
                long batch = rs.getLong(2);
                String key = batch + "|" + feature;
                EventBlock.Builder block = open.computeIfAbsent(key, k -> new EventBlock.Builder());
                block.add(rs.getInt(3), rs.getLong(4), rs.getInt(5), rs.getInt(6), 0, null, null, 0);
                if (block.size() == EventBlock.MAX_EVENTS) {
                    FeatureEventStore.insert(insert, feature, batch, block);
                    block.clear();
                }
            }
            for (var e : open.entrySet()) {
                if (e.getValue().size() > 0) {
                    String key = e.getKey();
                    FeatureEventStore.insert(insert, key.substring(key.indexOf('|') + 1), Long.parseLong(key.substring(0, key.indexOf('|'))),
                            e.getValue());
                }
            }
        }
    }

    private static void moveActivity(Connection c) throws SQLException {
        it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap days = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
        it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap platforms = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT person_id, activity_day, events FROM person_day")) {
                while (rs.next()) {
                    days.put(ActivityStore.dayKey(rs.getInt(1), rs.getObject(2, java.time.LocalDate.class).toEpochDay()), rs.getInt(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT person_id, platform_id, events FROM person_platform")) {
                while (rs.next()) {
                    platforms.put(((long) rs.getInt(1) << 32) | rs.getInt(2), (int) Math.min(Integer.MAX_VALUE, rs.getLong(3)));
                }
            }
        }
        ActivityStore.add(c, days, platforms, new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap());
    }
}
