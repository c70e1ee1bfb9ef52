package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceDatabase;

/** The event catalogue: every event name in the workspace with its people, count, first and last time seen, and platforms. */
public final class EventCatalogQueries {

    private static final String SEGMENTS = "SELECT DISTINCT segment FROM person WHERE segment IS NOT NULL AND segment <> ''"
            + " ORDER BY segment";

    private final Workspace workspace;

    public EventCatalogQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One pass over the stored events, most-used names first (then by name). */
    public List<EventCatalogEntry> all() {
        Int2ObjectOpenHashMap<Tally> tallies = new Int2ObjectOpenHashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            Map<Integer, String> names = AdoptionQueries.names(c, 1);
            Map<Integer, String> platforms = AdoptionQueries.names(c, 2);
            EventStore.scanAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    Tally t = tallies.computeIfAbsent(block.name(i), n -> new Tally());
                    t.events++;
                    t.people.add(block.person(i));
                    t.platforms.add(block.platform(i));
                    t.first = Math.min(t.first, block.ts(i));
                    t.last = Math.max(t.last, block.ts(i));
                }
            });
            List<EventCatalogEntry> entries = new ArrayList<>();
            tallies.int2ObjectEntrySet().forEach(e -> {
                Tally t = e.getValue();
                TreeSet<String> platformNames = new TreeSet<>();
                t.platforms.forEach((int p) -> {
                    if (p != 0 && platforms.get(p) != null) {
                        platformNames.add(platforms.get(p));
                    }
                });
                entries.add(new EventCatalogEntry(names.getOrDefault(e.getIntKey(), "#" + e.getIntKey()), t.people.size(), t.events,
                        Instant.ofEpochMilli(t.first), Instant.ofEpochMilli(t.last), List.copyOf(platformNames)));
            });
            entries.sort(Comparator.comparingLong(EventCatalogEntry::events).reversed().thenComparing(EventCatalogEntry::name));
            return entries;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the workspace's event names", e);
        }
    }

    /** The segments people belong to, in name order: what a feature's target segments are chosen from. */
    public List<String> segments() {
        List<String> segments = new ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); java.sql.PreparedStatement s = c.prepareStatement(SEGMENTS);
             java.sql.ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                segments.add(rs.getString(1));
            }
            return segments;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the workspace's segments", e);
        }
    }

    /** What one pass counts for one event name. */
    private static final class Tally {
        long events;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        final IntOpenHashSet people = new IntOpenHashSet();
        final IntOpenHashSet platforms = new IntOpenHashSet();
    }
}
