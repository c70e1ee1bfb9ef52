package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.uptake.model.Feature;

/**
 * The feature events an import met, kept in primitive arrays, so the rollups of (feature, person)
 * pairs the workspace did not have before are computed here in one pass and inserted; only pairs
 * with earlier events go back to SQL. Same definitions as {@link RollupQueries}.
 */
final class FeatureUse {

    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final IntArrayList feature = new IntArrayList();
    private final IntArrayList person = new IntArrayList();
    private final LongArrayList ts = new LongArrayList();
    private final IntArrayList name = new IntArrayList();

    void add(String featureKey, int personId, long time, int nameId) {
        feature.add(keyIndex.computeIfAbsent(featureKey, k -> {
            keys.add(k);
            return keys.size() - 1;
        }));
        person.add(personId);
        ts.add(time);
        name.add(nameId);
    }

    /**
     * Inserts the rollups of pairs that are new to the workspace; returns the pairs that already had
     * rollups, which must be recomputed from all their events in SQL.
     */
    List<Map.Entry<String, Integer>> insertNewPairs(Connection c, List<Feature> features, Dictionary names,
            IntUnaryOperator resolve) throws SQLException {
        return insertNewPairs(c, features, names, resolve, true);
    }

    private List<Map.Entry<String, Integer>> insertNewPairs(Connection c, List<Feature> features, Dictionary names,
            IntUnaryOperator resolve, boolean checkExisting) throws SQLException {
        Set<Long> existing = new HashSet<>();
        if (checkExisting) {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT feature_key, person_id FROM person_feature")) {
                while (rs.next()) {
                    Integer k = keyIndex.get(rs.getString(1));
                    if (k != null) {
                        existing.add(((long) k << 32) | rs.getInt(2));
                    }
                }
            }
        }
        int n = ts.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            person.set(i, resolve.applyAsInt(person.getInt(i)));
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byPair = Long.compare(pair(a), pair(b));
            return byPair != 0 ? byPair : Long.compare(ts.getLong(a), ts.getLong(b));
        });
        Map<String, Feature> byKey = new HashMap<>();
        features.forEach(f -> byKey.put(f.key(), f));
        List<Map.Entry<String, Integer>> older = new ArrayList<>();
        try (PreparedStatement day = c.prepareStatement("INSERT INTO person_feature_day (person_id, feature_key, activity_day,"
                + " uses, adoption_uses) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement total = c.prepareStatement("INSERT INTO person_feature (person_id, feature_key, first_use,"
                     + " last_use, first_adoption, days_used, first_legacy_use, last_legacy_use) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int from = 0;
            while (from < n) {
                int to = from;
                long key = pair(order[from]);
                while (to < n && pair(order[to]) == key) {
                    to++;
                }
                String featureKey = keys.get((int) (key >>> 32));
                int personId = (int) key;
                if (existing.contains(key)) {
                    older.add(Map.entry(featureKey, personId));
                } else {
                    write(day, total, byKey.get(featureKey), names, personId, order, from, to);
                }
                from = to;
            }
            day.executeBatch();
            total.executeBatch();
        }
        return older;
    }

    /**
     * Recomputes the rollups of pairs that had events before this import from all their stored
     * events (this import's included, since they are written by now), one feature at a time.
     */
    static void recompute(Connection c, List<Feature> features, Dictionary names, List<Map.Entry<String, Integer>> pairs)
            throws SQLException {
        Map<String, IntOpenHashSet> byFeature = new HashMap<>();
        pairs.forEach(p -> byFeature.computeIfAbsent(p.getKey(), k -> new IntOpenHashSet()).add((int) p.getValue()));
        if (byFeature.isEmpty()) {
            return;
        }
        // One sequential scan: through the (feature, person) index H2 would fetch every row a second time.
        FeatureUse stored = new FeatureUse();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (java.sql.ResultSet rs = s.executeQuery("SELECT feature_key, person_id, ts, name_id FROM feature_event")) {
                while (rs.next()) {
                    IntOpenHashSet persons = byFeature.get(rs.getString(1));
                    if (persons != null && persons.contains(rs.getInt(2))) {
                        stored.add(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4));
                    }
                }
            }
        }
        for (Map.Entry<String, IntOpenHashSet> feature : byFeature.entrySet()) {
            for (String table : List.of("person_feature", "person_feature_day")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE person_id = ? AND feature_key = ?")) {
                    for (int person : feature.getValue()) {
                        delete.setInt(1, person);
                        delete.setString(2, feature.getKey());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        }
        stored.insertAll(c, features, names);
    }

    /** Inserts the rollups of every pair held here (none of them may have rollup rows yet). */
    void insertAll(Connection c, List<Feature> features, Dictionary names) throws SQLException {
        List<Map.Entry<String, Integer>> none = insertNewPairs(c, features, names, p -> p, false);
        assert none.isEmpty();
    }

    private long pair(int i) {
        return ((long) feature.getInt(i) << 32) | (person.getInt(i) & 0xffffffffL);
    }

    private void write(PreparedStatement day, PreparedStatement total, Feature f, Dictionary names, int personId,
            Integer[] order, int from, int to) throws SQLException {
        IntOpenHashSet legacy = new IntOpenHashSet();
        f.legacyEvents().forEach(e -> legacy.add(names.known(e)));
        int adoption = names.known(f.adoption() == null ? null : f.adoption().event());
        long launch = f.launchedAt().toEpochDay() * 86_400_000L;
        long firstUse = Long.MAX_VALUE;
        long lastUse = Long.MIN_VALUE;
        long firstAdoption = Long.MAX_VALUE;
        long firstLegacy = Long.MAX_VALUE;
        long lastLegacy = Long.MIN_VALUE;
        int daysUsed = 0;
        long currentDay = Long.MIN_VALUE;
        int uses = 0;
        int adoptionUses = 0;
        for (int k = from; k <= to; k++) {
            long d = k < to ? Math.floorDiv(ts.getLong(order[k]), 86_400_000L) : Long.MAX_VALUE;
            if (d != currentDay && currentDay != Long.MIN_VALUE && uses > 0) {
                day.setInt(1, personId);
                day.setString(2, f.key());
                day.setObject(3, LocalDate.ofEpochDay(currentDay));
                day.setInt(4, uses);
                day.setInt(5, adoptionUses);
                day.addBatch();
                daysUsed++;
            }
            if (k == to) {
                break;
            }
            if (d != currentDay) {
                currentDay = d;
                uses = 0;
                adoptionUses = 0;
            }
            int i = order[k];
            long t = ts.getLong(i);
            if (legacy.contains(name.getInt(i))) {
                firstLegacy = Math.min(firstLegacy, t);
                lastLegacy = Math.max(lastLegacy, t);
                continue;
            }
            uses++;
            firstUse = Math.min(firstUse, t);
            lastUse = Math.max(lastUse, t);
            if (name.getInt(i) == adoption && t >= launch) {
                adoptionUses++;
                firstAdoption = Math.min(firstAdoption, t);
            }
        }
        total.setInt(1, personId);
        total.setString(2, f.key());
        setTime(total, 3, firstUse, Long.MAX_VALUE);
        setTime(total, 4, lastUse, Long.MIN_VALUE);
        setTime(total, 5, firstAdoption, Long.MAX_VALUE);
        total.setInt(6, daysUsed);
        setTime(total, 7, firstLegacy, Long.MAX_VALUE);
        setTime(total, 8, lastLegacy, Long.MIN_VALUE);
        total.addBatch();
    }

    private static void setTime(PreparedStatement s, int column, long value, long none) throws SQLException {
        if (value == none) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, value);
        }
    }
}
