package org.uptake.ingest;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.uptake.model.Feature;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

/**
 * Writes the feature rollups ({@code person_feature}, {@code person_feature_day}) of the pairs a
 * {@link FeatureUse} holds, in JDBC batches: pairs new to the workspace are inserted; pairs it had
 * get the import's counts added (days it had are updated, new days inserted, first and last times
 * widened). Nothing is recomputed from stored events. Only imports write these rows
 * ({@link RollupQueries} for merges and rebuilds).
 */
final class FeatureUseStore {

    /** Up to this many pairs are looked up one by one; more read person_feature in one pass (tests lower it to cover that path). */
    static int fewPairs = 20_000;
    /**
     * Rows of person_feature one primary-key look-up costs about as much as reading in a pass: above {@link #fewPairs},
     * pairs are still looked up while they number under the table's rows divided by this. At a million people (about 2.5
     * million rows) a day's 25,000 people met some 40,000 pairs, and the pass over every row took about 5 s.
     */
    static final int ROWS_PER_LOOKUP = 10;

    private static final String INSERT_DAY = "INSERT INTO person_feature_day (person_id, feature_key, activity_day, uses,"
            + " adoption_uses) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_TOTAL = "INSERT INTO person_feature (first_use, last_use, first_adoption, days_used,"
            + " first_legacy_use, last_legacy_use, person_id, feature_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_DAY = "UPDATE person_feature_day SET uses = uses + ?, adoption_uses = adoption_uses + ?"
            + " WHERE person_id = ? AND feature_key = ? AND activity_day = ?";
    private static final String UPDATE_TOTAL = "UPDATE person_feature SET first_use = ?, last_use = ?, first_adoption = ?,"
            + " days_used = ?, first_legacy_use = ?, last_legacy_use = ? WHERE person_id = ? AND feature_key = ?";
    private static final String STORED = "SELECT feature_key, person_id, first_use, last_use, first_adoption,"
            + " days_used, first_legacy_use, last_legacy_use FROM person_feature";

    private FeatureUseStore() {
    }

    /** Brings the rollups of every pair an import met up to date, placeholders resolved to their people. */
    static void apply(Transaction tx, FeatureUse use, List<Feature> features, Dictionary names, IntUnaryOperator resolve) {
        try {
            write(tx.connection(), use, features, names, resolve, true);
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    /** Inserts the rollups of every pair held, none of which the workspace has (their rows were just deleted). */
    static void insertAll(Connection c, FeatureUse use, Feature feature, Dictionary names) throws SQLException {
        write(c, use, List.of(feature), names, p -> p, false);
    }

    private static void write(Connection c, FeatureUse use, List<Feature> features, Dictionary names, IntUnaryOperator resolve,
            boolean mayBeStored) throws SQLException {
        if (use.isEmpty()) {
            return;
        }
        FeatureUse.Pairs pairs = use.pairs(features, names, resolve);
        Long2ObjectOpenHashMap<FeatureUse.Totals> stored = mayBeStored ? stored(c, use, pairs.keys()) : new Long2ObjectOpenHashMap<>();
        List<FeatureUse.Totals> older = new ArrayList<>();
        try (PreparedStatement day = c.prepareStatement(INSERT_DAY);
             PreparedStatement total = c.prepareStatement(INSERT_TOTAL)) {
            while (pairs.next()) {
                FeatureUse.Totals totals = pairs.totals();
                FeatureUse.Totals before = stored.get(pairs.key());
                if (before == null) {
                    for (FeatureUse.DayUse d : totals.days) {
                        addDay(day, totals, d);
                    }
                    totals.daysUsed = totals.days.size();
                    setTotals(total, totals);
                    total.addBatch();
                } else {
                    older.add(totals.after(before));
                }
            }
            day.executeBatch();
            total.executeBatch();
            addToOlder(c, day, older);
        }
    }

    /** The stored rollups of the pairs an import met, from one pass over person_feature. */
    private static Long2ObjectOpenHashMap<FeatureUse.Totals> stored(Connection c, FeatureUse use, LongOpenHashSet pairs)
            throws SQLException {
        Long2ObjectOpenHashMap<FeatureUse.Totals> stored = new Long2ObjectOpenHashMap<>();
        if (pairs.size() <= fewPairs || pairs.size() <= storedRows(c) / ROWS_PER_LOOKUP) {
            // A small import: a primary-key lookup per pair beats a pass over every pair the workspace has.
            try (PreparedStatement s = c.prepareStatement(STORED + " WHERE person_id = ? AND feature_key = ?")) {
                for (long key : pairs) {
                    s.setInt(1, (int) key);
                    s.setString(2, use.featureOf(key));
                    try (ResultSet rs = s.executeQuery()) {
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
            try (ResultSet rs = s.executeQuery(STORED)) {
                while (rs.next()) {
                    long key = use.pairOf(rs.getString(1), rs.getInt(2));
                    if (key != -1 && pairs.contains(key)) {
                        stored.put(key, totals(rs));
                    }
                }
            }
        }
        return stored;
    }

    /**
     * About the number of rows person_feature holds: H2's own estimate, which it keeps as rows come and go. It only
     * chooses between look-ups and a pass, and an exact COUNT(*) inside the import's transaction walked the table's
     * uncommitted changes: 0.7 s of a refresh at a million people.
     */
    private static long storedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'PERSON_FEATURE'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static FeatureUse.Totals totals(ResultSet rs) throws SQLException {
        FeatureUse.Totals t = new FeatureUse.Totals(rs.getString(1), rs.getInt(2));
        t.firstUse = time(rs, 3, Long.MAX_VALUE);
        t.lastUse = time(rs, 4, Long.MIN_VALUE);
        t.firstAdoption = time(rs, 5, Long.MAX_VALUE);
        t.daysUsed = rs.getInt(6);
        t.firstLegacy = time(rs, 7, Long.MAX_VALUE);
        t.lastLegacy = time(rs, 8, Long.MIN_VALUE);
        return t;
    }

    private static long time(ResultSet rs, int column, long none) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? none : v;
    }

    /**
     * Adds an import's days to pairs the workspace had: each day's row is updated, and where
     * there was none (the update count says so, or the day is after the pair's stored last use)
     * inserted and counted as a new day used.
     */
    private static void addToOlder(Connection c, PreparedStatement insertDay, List<FeatureUse.Totals> older) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE_DAY);
             PreparedStatement total = c.prepareStatement(UPDATE_TOTAL)) {
            List<FeatureUse.Totals> owners = new ArrayList<>();
            List<FeatureUse.DayUse> pending = new ArrayList<>();
            for (FeatureUse.Totals t : older) {
                long lastStoredDay = t.storedLastUse == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(t.storedLastUse, 86_400_000L);
                for (FeatureUse.DayUse d : t.days) {
                    if (d.day() > lastStoredDay) {
                        // A day row exists only for a day with a use, and the stored last use is the latest of them: a
                        // later day (a nightly file's new day) is new, and needs no update tried first.
                        addDay(insertDay, t, d);
                        t.daysUsed++;
                        continue;
                    }
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
            for (FeatureUse.Totals t : older) {
                setTotals(total, t);
                total.addBatch();
            }
            total.executeBatch();
        }
    }

    private static void insertMissing(int[] updated, PreparedStatement insertDay, List<FeatureUse.Totals> owners,
            List<FeatureUse.DayUse> days) throws SQLException {
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                addDay(insertDay, owners.get(i), days.get(i));
                owners.get(i).daysUsed++;
            }
        }
        owners.clear();
        days.clear();
    }

    private static void addDay(PreparedStatement day, FeatureUse.Totals t, FeatureUse.DayUse d) throws SQLException {
        day.setInt(1, t.person);
        day.setString(2, t.feature);
        day.setObject(3, LocalDate.ofEpochDay(d.day()));
        day.setInt(4, d.uses());
        day.setInt(5, d.adoptionUses());
        day.addBatch();
    }

    /** The totals, then the pair, as both INSERT_TOTAL and UPDATE_TOTAL list them. */
    private static void setTotals(PreparedStatement s, FeatureUse.Totals t) throws SQLException {
        setTime(s, 1, t.firstUse, Long.MAX_VALUE);
        setTime(s, 2, t.lastUse, Long.MIN_VALUE);
        setTime(s, 3, t.firstAdoption, Long.MAX_VALUE);
        s.setInt(4, t.daysUsed);
        setTime(s, 5, t.firstLegacy, Long.MAX_VALUE);
        setTime(s, 6, t.lastLegacy, Long.MIN_VALUE);
        s.setInt(7, t.person);
        s.setString(8, t.feature);
    }

    private static void setTime(PreparedStatement s, int column, long value, long none) throws SQLException {
        if (value == none) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, value);
        }
    }
}
