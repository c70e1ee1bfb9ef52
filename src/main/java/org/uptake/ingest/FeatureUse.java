package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
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
 * The feature events an import met, kept in primitive arrays, so the rollups of the (feature,
 * person) pairs it touched are brought up to date in one pass: new pairs inserted, known pairs
 * given this import's counts. Same definitions as {@link RollupQueries}.
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
     * Brings the rollups of every (feature, person) pair this import met up to date: pairs new to the
     * workspace are inserted; pairs it had get this import's counts added (days it had are updated,
     * new days inserted, first and last times widened). Nothing is recomputed from stored events.
     */
    void apply(Connection c, List<Feature> features, Dictionary names, IntUnaryOperator resolve) throws SQLException {
        write(c, features, names, resolve, true);
    }

    /** Inserts the rollups of every pair held here, none of which the workspace has (their rows were just deleted). */
    void insertAll(Connection c, Feature feature, Dictionary names) throws SQLException {
        write(c, List.of(feature), names, p -> p, false);
    }

    private void write(Connection c, List<Feature> features, Dictionary names, IntUnaryOperator resolve, boolean mayBeStored)
            throws SQLException {
        int n = ts.size();
        if (n == 0) {
            return;
        }
        int[] order = new int[n];
        it.unimi.dsi.fastutil.longs.LongOpenHashSet pairs = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
        for (int i = 0; i < n; i++) {
            order[i] = i;
            person.set(i, resolve.applyAsInt(person.getInt(i)));
            pairs.add(pair(i));
        }
        it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, (a, b) -> {
            int byPair = Long.compare(pair(a), pair(b));
            return byPair != 0 ? byPair : Long.compare(ts.getLong(a), ts.getLong(b));
        });
        Long2ObjectOpenHashMap<Totals> stored = mayBeStored ? stored(c, pairs) : new Long2ObjectOpenHashMap<>();
        Map<String, Feature> byKey = new HashMap<>();
        features.forEach(f -> byKey.put(f.key(), f));
        List<Totals> older = new ArrayList<>();
        try (PreparedStatement day = c.prepareStatement(INSERT_DAY);
             PreparedStatement total = c.prepareStatement(INSERT_TOTAL)) {
            int from = 0;
            while (from < n) {
                int to = from;
                long key = pair(order[from]);
                while (to < n && pair(order[to]) == key) {
                    to++;
                }
                Feature feature = byKey.get(keys.get((int) (key >>> 32)));
                Totals totals = totals(feature, names, (int) key, order, from, to);
                Totals before = stored.get(key);
                if (before == null) {
                    for (DayUse d : totals.days) {
                        addDay(day, totals, d);
                    }
                    totals.daysUsed = totals.days.size();
                    setTotals(total, totals, 1);
                    total.addBatch();
                } else {
                    older.add(totals.after(before));
                }
                from = to;
            }
            day.executeBatch();
            total.executeBatch();
            addToOlder(c, day, older);
        }
    }

    /** One day of a pair's use in this import. */
    private record DayUse(long day, int uses, int adoptionUses) {
    }

    /** A pair's rollup: this import's days, and first and last times (Long.MAX_VALUE / MIN_VALUE for none). */
    private static final class Totals {
        final String feature;
        final int person;
        final List<DayUse> days = new ArrayList<>();
        long firstUse = Long.MAX_VALUE;
        long lastUse = Long.MIN_VALUE;
        long firstAdoption = Long.MAX_VALUE;
        long firstLegacy = Long.MAX_VALUE;
        long lastLegacy = Long.MIN_VALUE;
        int daysUsed;

        Totals(String feature, int person) {
            this.feature = feature;
            this.person = person;
        }

        /** These counts on top of what the workspace held (whose days are counted in daysUsed). */
        Totals after(Totals before) {
            firstUse = Math.min(firstUse, before.firstUse);
            lastUse = Math.max(lastUse, before.lastUse);
            firstAdoption = Math.min(firstAdoption, before.firstAdoption);
            firstLegacy = Math.min(firstLegacy, before.firstLegacy);
            lastLegacy = Math.max(lastLegacy, before.lastLegacy);
            daysUsed = before.daysUsed;
            return this;
        }
    }

    private static final String INSERT_DAY = "INSERT INTO person_feature_day (person_id, feature_key, activity_day, uses,"
            + " adoption_uses) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_TOTAL = "INSERT INTO person_feature (first_use, last_use, first_adoption, days_used,"
            + " first_legacy_use, last_legacy_use, person_id, feature_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_DAY = "UPDATE person_feature_day SET uses = uses + ?, adoption_uses = adoption_uses + ?"
            + " WHERE person_id = ? AND feature_key = ? AND activity_day = ?";
    private static final String UPDATE_TOTAL = "UPDATE person_feature SET first_use = ?, last_use = ?, first_adoption = ?,"
            + " days_used = ?, first_legacy_use = ?, last_legacy_use = ? WHERE person_id = ? AND feature_key = ?";

    /** The stored rollups of the pairs this import met, from one pass over person_feature. */
    private Long2ObjectOpenHashMap<Totals> stored(Connection c, it.unimi.dsi.fastutil.longs.LongOpenHashSet pairs) throws SQLException {
        Long2ObjectOpenHashMap<Totals> stored = new Long2ObjectOpenHashMap<>();
        if (pairs.size() <= fewPairs) {
            // A small import: a primary-key lookup per pair beats a pass over every pair the workspace has.
            try (PreparedStatement s = c.prepareStatement(STORED + " WHERE person_id = ? AND feature_key = ?")) {
                for (long key : pairs) {
                    s.setInt(1, (int) key);
                    s.setString(2, keys.get((int) (key >>> 32)));
                    try (java.sql.ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            stored.put(key, totals(rs));
                        }
                    }
                }
            }
            return stored;
        }
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (java.sql.ResultSet rs = s.executeQuery(STORED)) {
                while (rs.next()) {
                    Integer k = keyIndex.get(rs.getString(1));
                    if (k == null) {
                        continue;
                    }
                    long key = ((long) k << 32) | (rs.getInt(2) & 0xffffffffL);
                    if (pairs.contains(key)) {
                        stored.put(key, totals(rs));
                    }
                }
            }
        }
        return stored;
    }

    /** Up to this many pairs are looked up one by one; more read person_feature in one pass (tests lower it to cover that path). */
    static int fewPairs = 20_000;
    private static final String STORED = "SELECT feature_key, person_id, first_use, last_use, first_adoption,"
            + " days_used, first_legacy_use, last_legacy_use FROM person_feature";

    private static Totals totals(java.sql.ResultSet rs) throws SQLException {
        Totals t = new Totals(rs.getString(1), rs.getInt(2));
        t.firstUse = time(rs, 3, Long.MAX_VALUE);
        t.lastUse = time(rs, 4, Long.MIN_VALUE);
        t.firstAdoption = time(rs, 5, Long.MAX_VALUE);
        t.daysUsed = rs.getInt(6);
        t.firstLegacy = time(rs, 7, Long.MAX_VALUE);
        t.lastLegacy = time(rs, 8, Long.MIN_VALUE);
        return t;
    }

    private static long time(java.sql.ResultSet rs, int column, long none) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? none : v;
    }

    /**
     * Adds this import's days to pairs the workspace had: each day's row is updated, and where
     * there was none (the update count says so) inserted and counted as a new day used.
     */
    private static void addToOlder(Connection c, PreparedStatement insertDay, List<Totals> older) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE_DAY);
             PreparedStatement total = c.prepareStatement(UPDATE_TOTAL)) {
            List<Totals> owners = new ArrayList<>();
            List<DayUse> pending = new ArrayList<>();
            for (Totals t : older) {
                for (DayUse d : t.days) {
                    update.setInt(1, d.uses());
                    update.setInt(2, d.adoptionUses());
                    update.setInt(3, t.person);
                    update.setString(4, t.feature);
                    update.setObject(5, LocalDate.ofEpochDay(d.day()));
                    update.addBatch();
                    owners.add(t);
                    pending.add(d);
                    if (pending.size() == 4096) {
                        insertMissing(update.executeBatch(), insertDay, owners, pending);
                    }
                }
            }
            insertMissing(update.executeBatch(), insertDay, owners, pending);
            insertDay.executeBatch();
            for (Totals t : older) {
                setTotals(total, t, 1);
                total.addBatch();
            }
            total.executeBatch();
        }
    }

    private static void insertMissing(int[] updated, PreparedStatement insertDay, List<Totals> owners, List<DayUse> days)
            throws SQLException {
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                addDay(insertDay, owners.get(i), days.get(i));
                owners.get(i).daysUsed++;
            }
        }
        owners.clear();
        days.clear();
    }

    private static void addDay(PreparedStatement day, Totals t, DayUse d) throws SQLException {
        day.setInt(1, t.person);
        day.setString(2, t.feature);
        day.setObject(3, LocalDate.ofEpochDay(d.day()));
        day.setInt(4, d.uses());
        day.setInt(5, d.adoptionUses());
        day.addBatch();
    }

    private static void setTotals(PreparedStatement s, Totals t, int from) throws SQLException {
        setTime(s, from, t.firstUse, Long.MAX_VALUE);
        setTime(s, from + 1, t.lastUse, Long.MIN_VALUE);
        setTime(s, from + 2, t.firstAdoption, Long.MAX_VALUE);
        s.setInt(from + 3, t.daysUsed);
        setTime(s, from + 4, t.firstLegacy, Long.MAX_VALUE);
        setTime(s, from + 5, t.lastLegacy, Long.MIN_VALUE);
        s.setInt(from + 6, t.person);
        s.setString(from + 7, t.feature);
    }

    private long pair(int i) {
        return ((long) feature.getInt(i) << 32) | (person.getInt(i) & 0xffffffffL);
    }

    /** A pair's days and times from its events in this import (order[from..to), in time order). */
    private Totals totals(Feature f, Dictionary names, int personId, int[] order, int from, int to) {
        IntOpenHashSet legacy = new IntOpenHashSet();
        f.legacyEvents().forEach(e -> legacy.add(names.known(e)));
        int adoption = names.known(f.adoption() == null ? null : f.adoption().event());
        long launch = f.launchedAt().toEpochDay() * 86_400_000L;
        Totals t = new Totals(f.key(), personId);
        long currentDay = Long.MIN_VALUE;
        int uses = 0;
        int adoptionUses = 0;
        for (int k = from; k <= to; k++) {
            long d = k < to ? Math.floorDiv(ts.getLong(order[k]), 86_400_000L) : Long.MAX_VALUE;
            if (d != currentDay && currentDay != Long.MIN_VALUE && uses > 0) {
                t.days.add(new DayUse(currentDay, uses, adoptionUses));
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
            long time = ts.getLong(i);
            if (legacy.contains(name.getInt(i))) {
                t.firstLegacy = Math.min(t.firstLegacy, time);
                t.lastLegacy = Math.max(t.lastLegacy, time);
                continue;
            }
            uses++;
            t.firstUse = Math.min(t.firstUse, time);
            t.lastUse = Math.max(t.lastUse, time);
            if (name.getInt(i) == adoption && time >= launch) {
                adoptionUses++;
                t.firstAdoption = Math.min(t.firstAdoption, time);
            }
        }
        return t;
    }

    private static void setTime(PreparedStatement s, int column, long value, long none) throws SQLException {
        if (value == none) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, value);
        }
    }
}
