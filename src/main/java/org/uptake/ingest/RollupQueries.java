package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.workspace.EventStore;

/**
 * Keeps the rollups that analyses read up to date after an import, touching only what the import
 * changed: the people's active days it added to, and the (feature, person) pairs it saw events for.
 */
final class RollupQueries {

    private static final String DAY_OF_TS = "DATEADD(DAY, fe.ts / 86400000, DATE '1970-01-01')";

    private RollupQueries() {
    }

    /** Moves everything recorded for anonymous placeholders onto the people an identify call linked them to. */
    static void movePeople(Connection c, Int2IntMap merges) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_merge (anonymous_person, person_id) VALUES (?, ?)")) {
            for (Int2IntMap.Entry e : merges.int2IntEntrySet()) {
                s.setInt(1, e.getIntKey());
                s.setInt(2, e.getIntValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            // Stored event blocks are not rewritten: readers map the placeholder's id through person_merge.
            s.executeUpdate("INSERT INTO person_merge (anonymous_person, person_id) SELECT anonymous_person, person_id FROM import_merge");
            for (String table : List.of("feature_event", "ticket")) {
                s.executeUpdate("UPDATE " + table + " x SET person_id = (SELECT m.person_id FROM import_merge m"
                        + " WHERE m.anonymous_person = x.person_id) WHERE person_id IN (SELECT anonymous_person FROM import_merge)");
            }
            s.executeUpdate("INSERT INTO import_touched (feature_key, person_id) SELECT DISTINCT pf.feature_key, m.person_id"
                    + " FROM person_feature pf JOIN import_merge m ON pf.person_id = m.anonymous_person"
                    + " WHERE NOT EXISTS (SELECT 1 FROM import_touched t WHERE t.feature_key = pf.feature_key AND t.person_id = m.person_id)");
            for (String table : List.of("person_feature", "person_feature_day")) {
                s.executeUpdate("DELETE FROM " + table + " WHERE person_id IN (SELECT anonymous_person FROM import_merge)");
            }
            s.executeUpdate("UPDATE person_alias a SET person_id = (SELECT m.person_id FROM import_merge m"
                    + " WHERE m.anonymous_person = a.person_id) WHERE person_id IN (SELECT anonymous_person FROM import_merge)");
            s.executeUpdate("DELETE FROM person WHERE id IN (SELECT anonymous_person FROM import_merge)");
            s.executeUpdate("DELETE FROM import_merge");
        }
    }

    /**
     * Recomputes the feature rollups of the pairs {@link #movePeople} put in import_touched: people
     * an earlier import knew only as anonymous placeholders. (This import's own pairs are done in
     * memory by {@link FeatureUse}.)
     */
    static void refreshMovedPeople(Connection c, List<Feature> features, Dictionary names) throws SQLException {
        for (Feature feature : features) {
            refresh(c, feature, names);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM import_touched");
        }
    }

    /** Rebuilds a feature's events and rollups from the whole event table (a new or changed definition). */
    static void rebuildFeature(Connection c, Feature feature, Dictionary names) throws SQLException {
        List<Integer> ids = ids(names, eventsOf(feature));
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM feature_event WHERE feature_key = ?")) {
            delete.setString(1, feature.key());
            delete.executeUpdate();
        }
        if (!ids.isEmpty()) {
            copyFeatureEvents(c, feature.key(), new java.util.HashSet<>(ids));
        }
        for (String table : List.of("person_feature", "person_feature_day")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE feature_key = ?")) {
                delete.setString(1, feature.key());
                delete.executeUpdate();
            }
        }
        try (PreparedStatement touch = c.prepareStatement("INSERT INTO import_touched (feature_key, person_id)"
                + " SELECT DISTINCT feature_key, person_id FROM feature_event WHERE feature_key = ?")) {
            touch.setString(1, feature.key());
            touch.executeUpdate();
        }
        refresh(c, feature, names);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM import_touched");
        }
    }

    /** Copies the stored events with these names into feature_event, keeping each one's import. */
    private static void copyFeatureEvents(Connection c, String featureKey, java.util.Set<Integer> names) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO feature_event (feature_key, person_id, ts, name_id,"
                + " platform_id, batch_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            int[] pending = new int[1];
            EventStore.scanAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    if (names.contains(block.name(i))) {
                        insert.setString(1, featureKey);
                        insert.setInt(2, block.person(i));
                        insert.setLong(3, block.ts(i));
                        insert.setInt(4, block.name(i));
                        if (block.platform(i) == 0) {
                            insert.setNull(5, java.sql.Types.INTEGER);
                        } else {
                            insert.setInt(5, block.platform(i));
                        }
                        insert.setLong(6, block.batchId());
                        insert.addBatch();
                        if (++pending[0] % 4096 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            });
            insert.executeBatch();
        }
    }

    private static void refresh(Connection c, Feature feature, Dictionary names) throws SQLException {
        List<Integer> touched = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM import_touched WHERE feature_key = ?")) {
            s.setString(1, feature.key());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    touched.add(rs.getInt(1));
                }
            }
        }
        // One primary-key lookup per touched person: a correlated delete would scan the whole rollup.
        for (String table : List.of("person_feature", "person_feature_day")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE person_id = ? AND feature_key = ?")) {
                int pending = 0;
                for (int person : touched) {
                    delete.setInt(1, person);
                    delete.setString(2, feature.key());
                    delete.addBatch();
                    if (++pending == 4096) {
                        delete.executeBatch();
                        pending = 0;
                    }
                }
                delete.executeBatch();
            }
        }
        List<Integer> legacy = ids(names, feature.legacyEvents());
        legacy.add(-1);
        int adoption = names.known(feature.adoption() == null ? null : feature.adoption().event());
        long launch = feature.launchedAt().toEpochDay() * 86_400_000L;
        String isLegacy = "fe.name_id IN (" + placeholders(legacy.size()) + ")";
        String isAdoption = "(fe.name_id = ? AND fe.ts >= ?)";
        String touchedJoin = " FROM feature_event fe JOIN import_touched t ON t.feature_key = fe.feature_key AND t.person_id = fe.person_id"
                + " WHERE fe.feature_key = ?";
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person_feature_day (person_id, feature_key, activity_day, uses,"
                + " adoption_uses) SELECT fe.person_id, fe.feature_key, " + DAY_OF_TS + ", SUM(CASE WHEN " + isLegacy
                + " THEN 0 ELSE 1 END), SUM(CASE WHEN " + isAdoption + " THEN 1 ELSE 0 END)" + touchedJoin
                + " GROUP BY fe.person_id, fe.feature_key, " + DAY_OF_TS + " HAVING SUM(CASE WHEN " + isLegacy + " THEN 0 ELSE 1 END) > 0")) {
            int i = bind(s, 1, legacy);
            s.setInt(i++, adoption);
            s.setLong(i++, launch);
            s.setString(i++, feature.key());
            bind(s, i, legacy);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person_feature (person_id, feature_key, first_use, last_use,"
                + " first_adoption, days_used, first_legacy_use, last_legacy_use) SELECT fe.person_id, fe.feature_key,"
                + " MIN(CASE WHEN " + isLegacy + " THEN NULL ELSE fe.ts END), MAX(CASE WHEN " + isLegacy + " THEN NULL ELSE fe.ts END),"
                + " MIN(CASE WHEN " + isAdoption + " THEN fe.ts END),"
                + " COUNT(DISTINCT CASE WHEN " + isLegacy + " THEN NULL ELSE fe.ts / 86400000 END),"
                + " MIN(CASE WHEN " + isLegacy + " THEN fe.ts END), MAX(CASE WHEN " + isLegacy + " THEN fe.ts END)"
                + touchedJoin + " GROUP BY fe.person_id, fe.feature_key")) {
            int i = bind(s, 1, legacy);
            i = bind(s, i, legacy);
            s.setInt(i++, adoption);
            s.setLong(i++, launch);
            i = bind(s, i, legacy);
            i = bind(s, i, legacy);
            i = bind(s, i, legacy);
            s.setString(i, feature.key());
            s.executeUpdate();
        }
    }

    /** Every event the importers keep in feature_event for a feature: its own events and its legacy ones. */
    static List<String> eventsOf(Feature feature) {
        List<String> events = new ArrayList<>(feature.featureEvents());
        events.addAll(feature.legacyEvents());
        return events;
    }

    private static List<Integer> ids(Dictionary names, List<String> events) {
        List<Integer> ids = new ArrayList<>();
        for (String event : events) {
            int id = names.known(event);
            if (id != 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static int bind(PreparedStatement s, int from, List<Integer> values) throws SQLException {
        int i = from;
        for (int v : values) {
            s.setInt(i++, v);
        }
        return i;
    }
}
