package org.uptake.ingest;

import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.workspace.EventBlock;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.FeatureEventStore;

/**
 * Keeps the rollups that analyses read up to date after an import, touching only what the import
 * changed: the people's active days it added to, and the (feature, person) pairs it saw events for.
 */
final class RollupQueries {


    private RollupQueries() {
    }

    /** Moves everything recorded for anonymous placeholders onto the people an identify call linked them to. */
    static void movePeople(Transaction tx, Int2IntMap merges) {
        try {
            movePeople(tx.connection(), merges);
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    private static void movePeople(Connection c, Int2IntMap merges) throws SQLException {
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
            for (String table : List.of("ticket")) {
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
     * an earlier import knew only as anonymous placeholders, whose stored feature events now read
     * as the person's. (This import's own pairs are done in memory by {@link FeatureUse}.)
     */
    static void refreshMovedPeople(Transaction tx, List<Feature> features, Dictionary names) {
        try {
            refreshMovedPeople(tx.connection(), features, names);
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    private static void refreshMovedPeople(Connection c, List<Feature> features, Dictionary names) throws SQLException {
        for (Feature feature : features) {
            IntOpenHashSet touched = new IntOpenHashSet();
            try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM import_touched WHERE feature_key = ?")) {
                s.setString(1, feature.key());
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        touched.add(rs.getInt(1));
                    }
                }
            }
            if (touched.isEmpty()) {
                continue;
            }
            deleteRollups(c, feature.key(), touched);
            FeatureUse use = new FeatureUse();
            FeatureEventStore.scan(c, feature.key(), block -> {
                for (int i = 0; i < block.size(); i++) {
                    if (touched.contains(block.person(i))) {
                        use.add(feature.key(), block.person(i), block.ts(i), block.name(i));
                    }
                }
            });
            FeatureUseStore.insertAll(c, use, feature, names);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM import_touched");
        }
    }

    /** One primary-key lookup per person: a correlated delete would scan the whole rollup. */
    private static void deleteRollups(Connection c, String featureKey, IntOpenHashSet people) throws SQLException {
        for (String table : List.of("person_feature", "person_feature_day")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE person_id = ? AND feature_key = ?")) {
                int pending = 0;
                for (int person : people) {
                    delete.setInt(1, person);
                    delete.setString(2, featureKey);
                    delete.addBatch();
                    if (++pending == 4096) {
                        delete.executeBatch();
                        pending = 0;
                    }
                }
                delete.executeBatch();
            }
        }
    }

    /** Rebuilds a feature's events and rollups from all stored events (a new or changed definition). */
    static void rebuildFeature(Transaction tx, Feature feature, Dictionary names) {
        try {
            rebuildFeature(tx.connection(), feature, names);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot rebuild the rollups of feature '" + feature.key() + "'", e);
        }
    }

    private static void rebuildFeature(Connection c, Feature feature, Dictionary names) throws SQLException {
        FeatureEventStore.delete(c, feature.key());
        for (String table : List.of("person_feature", "person_feature_day")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE feature_key = ?")) {
                delete.setString(1, feature.key());
                delete.executeUpdate();
            }
        }
        java.util.Set<Integer> ids = new java.util.HashSet<>(ids(names, eventsOf(feature)));
        FeatureUse use = new FeatureUse();
        if (!ids.isEmpty()) {
            copyFeatureEvents(c, feature.key(), ids, use);
        }
        FeatureUseStore.insertAll(c, use, feature, names);
    }

    /** Copies the stored events with these names into the feature's blocks, keeping each one's import. */
    private static void copyFeatureEvents(Connection c, String featureKey, java.util.Set<Integer> names, FeatureUse use)
            throws SQLException {
        it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap<EventBlock.Builder> byBatch = new it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap<>();
        try (PreparedStatement insert = FeatureEventStore.prepareInsert(c)) {
            EventStore.scanAll(c, block -> {
                EventBlock.Builder copy = null;
                for (int i = 0; i < block.size(); i++) {
                    if (names.contains(block.name(i))) {
                        use.add(featureKey, block.person(i), block.ts(i), block.name(i));
                        if (copy == null) {
                            copy = byBatch.computeIfAbsent(block.batchId(), b -> new EventBlock.Builder());
                        }
                        copy.add(block.person(i), block.ts(i), block.name(i), block.platform(i), 0, null, null, 0);
                        if (copy.size() == EventBlock.MAX_EVENTS) {
                            FeatureEventStore.insert(insert, featureKey, block.batchId(), copy);
                            copy.clear();
                        }
                    }
                }
            });
            for (var e : byBatch.long2ObjectEntrySet()) {
                if (e.getValue().size() > 0) {
                    FeatureEventStore.insert(insert, featureKey, e.getLongKey(), e.getValue());
                }
            }
        }
    }

    /** Every event the importers keep among a feature's events: its own events and its legacy ones. */
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
}
