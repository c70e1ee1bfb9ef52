package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;

/**
 * Writes parsed events into the workspace inside the import's transaction: resolves people and
 * dictionary ids in memory, skips events whose dedupe key is already there, and builds the
 * rollups' increments (people's active days, feature events) in the same pass.
 */
final class EventLoader {

    private static final int BATCH = 4096;
    private static final String INSERT_EVENT = "INSERT INTO event (person_id, ts, name_id, platform_id, target_id,"
            + " session_id, props, dedupe_key, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FEATURE_EVENT = "INSERT INTO feature_event (feature_key, person_id, ts, name_id,"
            + " platform_id, batch_id) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long batchId;
    private final WorkspaceIndex index;
    private final PeopleWriter people;
    private final PreparedStatement events;
    private final PreparedStatement featureEvents;
    private final Int2ObjectOpenHashMap<List<String>> featuresByName = new Int2ObjectOpenHashMap<>();
    private final LongOpenHashSet newKeys = new LongOpenHashSet();
    final Long2IntOpenHashMap activeDays = new Long2IntOpenHashMap();
    final List<Map.Entry<String, Integer>> touchedFeatures = new ArrayList<>();
    private final java.util.Set<String> touchedKeys = new java.util.HashSet<>();
    private int pendingEvents;
    private int pendingFeatureEvents;
    long imported;
    long duplicates;
    long firstTs = Long.MAX_VALUE;
    long lastTs = Long.MIN_VALUE;

    EventLoader(Connection connection, long batchId, WorkspaceIndex index, PeopleWriter people, List<Feature> features)
            throws SQLException {
        this.connection = connection;
        this.batchId = batchId;
        this.index = index;
        this.people = people;
        this.events = connection.prepareStatement(INSERT_EVENT);
        this.featureEvents = connection.prepareStatement(INSERT_FEATURE_EVENT);
        for (Feature feature : features) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(feature.featureEvents());
            names.addAll(feature.legacyEvents());
            for (String name : names) {
                featuresByName.computeIfAbsent(index.names.id(name), k -> new ArrayList<>()).add(feature.key());
            }
        }
    }

    void add(ParsedEvent e) throws SQLException {
        if (index.dedupeKeys.contains(e.dedupeKey()) || !newKeys.add(e.dedupeKey())) {
            duplicates++;
            return;
        }
        int person = people.personFor(e.userId(), e.anonymousId());
        int name = index.names.id(e.name());
        int platform = index.platforms.id(e.platform());
        events.setInt(1, person);
        events.setLong(2, e.ts());
        events.setInt(3, name);
        setId(events, 4, platform);
        setId(events, 5, index.targets.id(e.target()));
        events.setString(6, e.sessionId());
        events.setString(7, e.properties().equals("{}") ? null : e.properties());
        events.setLong(8, e.dedupeKey());
        events.setLong(9, batchId);
        events.addBatch();
        if (++pendingEvents == BATCH) {
            events.executeBatch();
            pendingEvents = 0;
        }
        List<String> features = featuresByName.get(name);
        if (features != null) {
            for (String key : features) {
                featureEvent(key, person, e.ts(), name, platform);
            }
        }
        activeDays.addTo(((long) person << 32) | Math.floorDiv(e.ts(), 86_400_000L), 1);
        imported++;
        firstTs = Math.min(firstTs, e.ts());
        lastTs = Math.max(lastTs, e.ts());
    }

    private void featureEvent(String key, int person, long ts, int name, int platform) throws SQLException {
        featureEvents.setString(1, key);
        featureEvents.setInt(2, person);
        featureEvents.setLong(3, ts);
        featureEvents.setInt(4, name);
        setId(featureEvents, 5, platform);
        featureEvents.setLong(6, batchId);
        featureEvents.addBatch();
        if (++pendingFeatureEvents == BATCH) {
            featureEvents.executeBatch();
            pendingFeatureEvents = 0;
        }
        if (touchedKeys.add(key + '\u0001' + person)) {
            touchedFeatures.add(Map.entry(key, person));
        }
    }

    private static void setId(PreparedStatement s, int column, int id) throws SQLException {
        if (id == 0) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, id);
        }
    }

    /** Sends what is still batched; the caller commits. */
    void flush() throws SQLException {
        if (pendingEvents > 0) {
            events.executeBatch();
            pendingEvents = 0;
        }
        if (pendingFeatureEvents > 0) {
            featureEvents.executeBatch();
            pendingFeatureEvents = 0;
        }
        index.names.flush(connection);
        index.platforms.flush(connection);
        index.targets.flush(connection);
        events.close();
        featureEvents.close();
    }

    /** After the commit: the new keys join the workspace's, so a later import skips them too. */
    void committed() {
        index.dedupeKeys.addAll(newKeys);
        index.events += imported;
    }
}
