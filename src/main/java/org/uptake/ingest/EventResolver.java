package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.workspace.ActivityStore;

/**
 * Gives parsed events their workspace ids in memory — person, event name, platform, target — skips
 * duplicates, and counts the rollups' increments, all on the reading thread so the writing thread
 * only talks to the database.
 */
final class EventResolver {

    /** An event ready to insert; {@code features} lists the features it belongs to, or is null. */
    record Row(int person, long ts, int name, int platform, int target, String session, String properties, long dedupeKey,
            List<String> features) {
    }

    private final WorkspaceIndex index;
    private final PeopleWriter people;
    private final Int2ObjectOpenHashMap<List<String>> featuresByName = new Int2ObjectOpenHashMap<>();
    final Long2IntOpenHashMap activeDays = new Long2IntOpenHashMap();
    final Long2IntOpenHashMap platformEvents = new Long2IntOpenHashMap();
    /** Events of anonymous placeholders made in this import, written once identify calls have said whose they are. */
    final List<Row> heldBack = new ArrayList<>();
    final FeatureUse featureUse = new FeatureUse();
    long imported;
    long duplicates;
    long firstTs = Long.MAX_VALUE;
    long lastTs = Long.MIN_VALUE;

    EventResolver(WorkspaceIndex index, PeopleWriter people, List<Feature> features) {
        this.index = index;
        this.people = people;
        for (Feature feature : features) {
            for (String name : new LinkedHashSet<>(RollupQueries.eventsOf(feature))) {
                featuresByName.computeIfAbsent(index.names.id(name), k -> new ArrayList<>()).add(feature.key());
            }
        }
    }

    /** The row to insert, or null for a duplicate. */
    Row resolve(ParsedEvent e) {
        // One set for the workspace's keys and this import's: a failed import throws the whole index away.
        if (!index.dedupeKeys.add(e.dedupeKey())) {
            duplicates++;
            return null;
        }
        int person = people.personFor(e.userId(), e.anonymousId());
        int name = index.names.id(e.name());
        List<String> features = featuresByName.get(name);
        if (features != null) {
            for (String key : features) {
                featureUse.add(key, person, e.ts(), name);
            }
        }
        activeDays.addTo(ActivityStore.dayKey(person, Math.floorDiv(e.ts(), 86_400_000L)), 1);
        int platform = index.platforms.id(e.platform());
        if (platform != 0) {
            platformEvents.addTo(((long) person << 32) | platform, 1);
        }
        imported++;
        firstTs = Math.min(firstTs, e.ts());
        lastTs = Math.max(lastTs, e.ts());
        Row row = new Row(person, e.ts(), name, platform, index.targets.id(e.target()), e.sessionId(),
                e.properties().equals("{}") ? null : e.properties(), e.dedupeKey(), features);
        if (people.isNewPlaceholder(person)) {
            heldBack.add(row);
            return null;
        }
        return row;
    }

    /** The held-back rows, pointed at the people their placeholders were merged into. */
    List<Row> releaseHeldBack() {
        List<Row> rows = new ArrayList<>(heldBack.size());
        for (Row r : heldBack) {
            int person = people.resolve(r.person());
            rows.add(person == r.person() ? r : new Row(person, r.ts(), r.name(), r.platform(), r.target(), r.session(),
                    r.properties(), r.dedupeKey(), r.features()));
        }
        heldBack.clear();
        return rows;
    }

    /** After the commit: the workspace holds this import's events too. */
    void committed() {
        index.events += imported;
    }
}
