package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path temp;

    @Test
    void aBlockGivesBackEveryColumnAsWritten() {
        EventBlock.Builder builder = new EventBlock.Builder();
        builder.add(7, 1_772_000_000_000L, 3, 0, 0, null, null, -5L);
        builder.add(300_000, 1_771_999_999_000L, 1, 2, 9, "s-1", "{\"note\":\"é \\\"q\\\"\"}", Long.MAX_VALUE);
        builder.add(7, 1_772_000_000_500L, 3, 2, 0, "s-1", null, 42L);
        for (int i = 0; i < 3000; i++) {
            builder.add(i, i * 1000L, i % 5, 0, 0, "s" + (i % 7), i % 2 == 0 ? null : "{}", i);
        }

        EventBlock block = EventBlock.decode(builder.encode(), new Int2IntOpenHashMap(), 12L);

        assertEquals(3003, block.size());
        assertEquals(12L, block.batchId());
        assertEquals(List.of(7, 300_000, 7), List.of(block.person(0), block.person(1), block.person(2)));
        assertEquals(List.of(1_772_000_000_000L, 1_771_999_999_000L, 1_772_000_000_500L), List.of(block.ts(0), block.ts(1), block.ts(2)));
        assertEquals(List.of(3, 1, 3, 0, 2, 2, 0, 9, 0), List.of(block.name(0), block.name(1), block.name(2),
                block.platform(0), block.platform(1), block.platform(2), block.target(0), block.target(1), block.target(2)));
        long[] keys = EventBlock.decodeKeys(builder.encodeKeys());
        assertEquals(List.of(-5L, Long.MAX_VALUE, 42L), List.of(keys[0], keys[1], keys[2]));
        assertNull(block.session(0));
        assertEquals("s-1", block.session(2));
        assertEquals("{\"note\":\"é \\\"q\\\"\"}", block.properties(1));
        assertNull(block.properties(2));
        assertEquals(List.of(2999, 2_999_000L, "s3", "{}"), List.of(block.person(3002), block.ts(3002), block.session(3002),
                block.properties(3002)));
    }

    @Test
    void askingWhetherPropertiesContainTextAnswersAsTheStringWould() {
        EventBlock.Builder builder = new EventBlock.Builder();
        builder.add(1, 1, 1, 0, 0, null, "{\"widgets_expected\":3}", 1);
        builder.add(1, 2, 1, 0, 0, null, null, 2);
        builder.add(1, 3, 1, 0, 0, null, "{\"é\":\"_expecte\"}", 3);
        builder.add(1, 4, 1, 0, 0, null, "{\"naïve\":\"x_expected\"}", 4);
        builder.add(1, 5, 1, 0, 0, null, "_expected", 5);
        builder.add(1, 6, 1, 0, 0, null, "", 6);
        EventBlock block = EventBlock.decode(builder.encode(), new Int2IntOpenHashMap(), 1);
        byte[] expected = "_expected".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        List<Boolean> answers = new java.util.ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            answers.add(block.propertiesContain(i, expected));
        }
        assertEquals(List.of(true, false, false, true, true, false), answers);
    }

    @Test
    void mergedPlaceholdersReadAsTheirPerson() {
        EventBlock.Builder builder = new EventBlock.Builder();
        builder.add(5, 1, 1, 0, 0, null, null, 1);
        builder.add(6, 2, 1, 0, 0, null, null, 2);
        Int2IntOpenHashMap merged = new Int2IntOpenHashMap();
        merged.put(6, 2);

        EventBlock block = EventBlock.decode(builder.encode(), merged, 1);

        assertEquals(List.of(5, 2), List.of(block.person(0), block.person(1)));
    }

    @Test
    void eventRowsOfAnOlderWorkspaceMoveIntoBlocksKeepingTheirImport() throws SQLException {
        Path folder = temp.resolve("old");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Workspace.jdbcUrl(folder, false) + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("uptake");
        Flyway.configure().dataSource(dataSource).locations(SchemaMigrator.LOCATION).target("8").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO event (person_id, ts, name_id, platform_id, target_id, session_id, props, dedupe_key, batch_id)"
                    + " VALUES (1, 1000, 4, NULL, NULL, 's1', '{\"a\":1}', 11, 1), (65, 2000, 5, 2, 3, NULL, NULL, 12, 1),"
                    + " (1, 3000, 4, NULL, NULL, NULL, NULL, 13, 2)");
            s.execute("INSERT INTO import_batch (id, file_name, kind, status, started_at, rows_imported) VALUES"
                    + " (1, 'a.csv', 'events', 'imported', CURRENT_TIMESTAMP, 2), (2, 'b.csv', 'events', 'imported', CURRENT_TIMESTAMP, 1)");
            s.execute("INSERT INTO person_day (person_id, activity_day, events) VALUES (1, DATE '1970-01-01', 2), (65, DATE '1970-01-01', 1)");
            s.execute("INSERT INTO person_platform (person_id, platform_id, events) VALUES (65, 2, 1)");
            s.execute("INSERT INTO feature_event (feature_key, person_id, ts, name_id, platform_id, batch_id) VALUES ('f', 65, 2000, 5, 2, 1)");
        }

        List<String> events = new ArrayList<>();
        List<String> activity = new ArrayList<>();
        List<String> featureEvents = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        try (Workspace workspace = Workspace.open(folder); Connection c = workspace.connection()) {
            FeatureEventStore.scan(c, "f", block -> featureEvents.add(block.batchId() + ":" + block.person(0) + ":" + block.ts(0)
                    + ":" + block.name(0) + ":" + block.platform(0) + ":" + block.size()));
            ActivityStore.scan(c, a -> activity.add(a.person() + ":" + a.lastDay() + ":" + a.eventsIn(a.lastDay(), a.lastDay())
                    + ":" + java.util.Arrays.toString(a.platforms()) + java.util.Arrays.toString(a.platformEvents())));
            assertEquals(23, workspace.schemaVersion());
            assertEquals(3, EventStore.count(c));
            EventStore.scanAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    events.add(block.batchId() + ":" + block.person(i) + ":" + block.ts(i) + ":" + block.name(i) + ":"
                            + block.platform(i) + ":" + block.target(i) + ":" + block.session(i) + ":" + block.properties(i));
                }
            });
            EventStore.dedupeKeys(c, keys::add);
        }
        assertEquals(List.of("1:1970-01-01:2:[][]", "65:1970-01-01:1:[2][1]"), activity);
        assertEquals(List.of("1:65:2000:5:2:1"), featureEvents);
        events.sort(null);
        assertEquals(List.of("1:1:1000:4:0:0:s1:{\"a\":1}", "1:65:2000:5:2:3:null:null", "2:1:3000:4:0:0:null:null"), events);
        keys.sort(null);
        assertEquals(List.of(11L, 12L, 13L), keys);
    }

    @Test
    void anImportsActivityAddsToWhatIsStoredAndAMergedPlaceholdersMovesToItsPerson() throws SQLException {
        try (Workspace workspace = Workspace.create(temp.resolve("w")); Connection c = workspace.connection()) {
            it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap days = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
            it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap platforms = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
            days.put(ActivityStore.dayKey(3, 20_500), 2);
            days.put(ActivityStore.dayKey(3, 20_502), 1);
            days.put(ActivityStore.dayKey(2_000, 20_501), 4);
            platforms.put((3L << 32) | 1, 3);
            platforms.put((2_000L << 32) | 2, 4);
            ActivityStore.add(c, days, platforms, new Int2IntOpenHashMap());

            days.clear();
            platforms.clear();
            days.put(ActivityStore.dayKey(3, 20_501), 5);
            days.put(ActivityStore.dayKey(3, 20_502), 1);
            platforms.put((3L << 32) | 2, 6);
            Int2IntOpenHashMap merges = new Int2IntOpenHashMap();
            merges.put(2_000, 3);
            ActivityStore.add(c, days, platforms, merges);

            List<String> people = new ArrayList<>();
            java.time.LocalDate from = java.time.LocalDate.ofEpochDay(20_500);
            java.time.LocalDate to = java.time.LocalDate.ofEpochDay(20_502);
            ActivityStore.scan(c, a -> people.add(a.person() + ":" + a.daysIn(from, to) + ":" + a.eventsIn(from, to) + ":"
                    + a.eventsIn(to, to) + ":" + java.util.Arrays.toString(a.platforms()) + java.util.Arrays.toString(a.platformEvents())
                    + ":" + a.mainPlatform(id -> id == 1 ? "web" : "ios")));
            assertEquals(List.of("3:3:13:2:[1, 2][3, 10]:2"), people, "person 2,000's day 20,501 (4 events) joins person 3's 5");
        }
    }

    @Test
    void onePersonsScanReadsTheirBucketAndTheirMergedPlaceholdersBuckets() throws SQLException {
        try (Workspace workspace = Workspace.create(temp.resolve("w")); Connection c = workspace.connection()) {
            try (EventStore.Inserter insert = EventStore.inserter(c)) {
                for (int person : new int[] {3, 3 + EventStore.BUCKETS, 4, 5}) {
                    EventBlock.Builder block = new EventBlock.Builder();
                    block.add(person, person, 1, 0, 0, null, null, person);
                    insert.insert(EventStore.bucketOf(person), 1, block);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO person_merge (anonymous_person, person_id) VALUES (5, 3)");
            }
            List<Integer> seen = new ArrayList<>();
            EventStore.scanPeople(c, IntSet.of(3), block -> seen.add(block.person(0)));
            seen.sort(null);
            assertEquals(List.of(3, 3, 3 + EventStore.BUCKETS), seen, "bucket 3 holds person 67 too; the placeholder 5 reads as 3");
        }
    }
}
