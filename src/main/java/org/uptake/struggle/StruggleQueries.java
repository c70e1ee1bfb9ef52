package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.model.Progress;
import org.uptake.workspace.Cached;
import org.uptake.workspace.DictionaryStore;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/**
 * The SQL of the struggle analysis. Detectors need the raw events around a feature (clicks, undo,
 * errors with their targets and properties), which no rollup keeps, so this reads the event table
 * once for the window, for one feature or several, keeping the events any of them can need
 * ({@link WindowEvents}, handed on as a {@link WindowRead}, from which each feature takes its
 * participants' events in its sessions and their legacy events).
 */
final class StruggleQueries {

    private static final String DICTIONARY = "SELECT kind, id, entry FROM dictionary";
    private static final String EVENT_COUNT = "SELECT COALESCE(SUM(rows_imported), 0) FROM import_batch"
            + " WHERE status = 'imported' AND kind = 'events'";
    private static final String TICKETS = "SELECT ticket_id, person_id, created_at, subject, body, tags FROM ticket"
            + " WHERE created_at >= ? AND created_at < ?";
    private static final String BRIEF = "SELECT brief FROM feature WHERE feature_key = ?";
    private static final String TIERS = "SELECT account_id, tier FROM account";

    private static final byte[] EXPECTED = "_expected".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Workspace workspace;
    private final Cached<Boolean, Map<String, String>> tiers;

    StruggleQueries(Workspace workspace) {
        this.workspace = workspace;
        this.tiers = new Cached<>(workspace, 1);
    }

    private Map<String, String> readTiers() {
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            return readTiers(c);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the accounts' tiers", e);
        }
    }

    /**
     * Reads the events of [{@code from}, {@code to}) that any of {@code features} can need, once: a click, undo or error
     * (needed by all), a state against an expected one, or one of the features' own or legacy events; and the tickets of
     * the window. Each feature then takes its own participants' events of its own window from them
     * ({@link WindowRead#load}), exactly what a read for it alone would give it.
     */
    WindowRead read(List<Feature> features, long from, long to, Progress progress) {
        String reading = features.size() == 1 ? features.get(0).name() : features.size() + " features";
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            Map<Integer, String>[] names = dictionary(c);
            boolean[] interesting = interesting(names[1]);
            IntOpenHashSet anyOwn = new IntOpenHashSet();
            Map<String, String> briefs = new HashMap<>();
            for (Feature f : features) {
                anyOwn.addAll(idsOf(names[1], f.featureEvents()));
                anyOwn.addAll(idsOf(names[1], Set.copyOf(f.legacyEvents())));
                briefs.put(f.key(), brief(c, f.key()));
            }
            WindowEvents events = scan(c, anyOwn, interesting, from, to, names, progress);
            return new WindowRead(names[1], interesting, events, tickets(c, from, to), briefs,
                    () -> tiers.get(Boolean.TRUE, k -> readTiers()));
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the events around '" + reading + "'", e);
        }
    }

    /** Every event of the window that one of the features can need, everyone's, in the order read. */
    private WindowEvents scan(Connection c, IntOpenHashSet ownIds, boolean[] interesting, long from, long to, Map<Integer, String>[] names,
            Progress progress) throws SQLException {
        // By id in arrays: a map of boxed ids was looked up three times for every event kept.
        WindowEvents.Builder kept = new WindowEvents.Builder(DictionaryStore.byId(names[1]), DictionaryStore.byId(names[3]), DictionaryStore.byId(names[2]));
        long total = Math.max(1, count(c));
        long[] seen = {0};
        EventStore.scan(c, from, to, block -> {
            for (int i = 0; i < block.size(); i++) {
                // Cheapest tests first: most events are of no kind the detectors read.
                long ts = block.ts(i);
                if (ts < from || ts >= to) {
                    continue;
                }
                int nameId = block.name(i);
                boolean expected = block.propertiesContain(i, EXPECTED);
                if (ownIds.contains(nameId) || nameId < interesting.length && interesting[nameId] || expected) {
                    kept.add(block, i, expected);
                }
            }
            long before = seen[0] * 100 / total;
            boolean first = seen[0] == 0;
            seen[0] += block.size();
            // Told on the first block and then at each whole percent: a message for every block of four weeks was
            // thousands of formatted strings.
            if (first || seen[0] * 100 / total != before || seen[0] >= total) {
                progress.update(Math.min(seen[0], total), total, "Reading events: " + Figures.count(seen[0]) + " of " + Figures.count(total));
            }
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("Cancelled");
            }
        });
        // The window's blocks are read: the total counts every stored event, so the bar ends here, not at the last percent.
        progress.update(total, total, "Reading events: " + Figures.count(seen[0]) + " read");
        return kept.build();
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EVENT_COUNT); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String>[] dictionary(Connection c) throws SQLException {
        Map<Integer, String>[] names = new Map[4];
        for (int k = 0; k < names.length; k++) {
            names[k] = new HashMap<>();
        }
        try (PreparedStatement s = c.prepareStatement(DICTIONARY); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int kind = rs.getInt(1);
                if (kind >= 1 && kind <= 3) {
                    names[kind].put(rs.getInt(2), rs.getString(3));
                }
            }
        }
        return names;
    }

    /** Per event-name id: a click, undo/redo or error, the kinds detectors look at. */
    private static boolean[] interesting(Map<Integer, String> eventNames) {
        return flags(eventNames, name -> EventKinds.isClick(name) || EventKinds.isUndoRedo(name) || EventKinds.isError(name));
    }

    /** Per event-name id: one of the {@code wanted} names (an array, since detection asks it of every event read). */
    static boolean[] flagsOf(Map<Integer, String> eventNames, Set<String> wanted) {
        return flags(eventNames, wanted::contains);
    }

    private static boolean[] flags(Map<Integer, String> eventNames, java.util.function.Predicate<String> test) {
        int max = eventNames.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean[] flags = new boolean[max + 1];
        eventNames.forEach((id, name) -> flags[id] = test.test(name));
        return flags;
    }

    static IntOpenHashSet idsOf(Map<Integer, String> eventNames, Set<String> wanted) {
        IntOpenHashSet ids = new IntOpenHashSet();
        eventNames.forEach((id, name) -> {
            if (wanted.contains(name)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static List<Ticket> tickets(Connection c, long from, long to) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(TICKETS)) {
            s.setObject(1, java.time.Instant.ofEpochMilli(from).atOffset(java.time.ZoneOffset.UTC));
            s.setObject(2, java.time.Instant.ofEpochMilli(to).atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String tags = rs.getString(6);
                    tickets.add(new Ticket(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4), rs.getString(5), tags == null || tags.isBlank() ? List.of()
                                    : Arrays.stream(tags.split("[,;|\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).toList()));
                }
            }
        }
        tickets.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return tickets;
    }

    /**
     * Each account's tier (trimmed; accounts without one left out). A participant carries their account and creation
     * time from the profiles the adoption read, so the clusters need only this: reading every person's profile again
     * for them was most of a second at a million people.
     */
    private static Map<String, String> readTiers(Connection c) throws SQLException {
        Map<String, String> tiers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(TIERS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String tier = rs.getString(2);
                if (tier != null && !tier.isBlank()) {
                    tiers.put(rs.getString(1), tier.trim());
                }
            }
        }
        return tiers;
    }

    private static String brief(Connection c, String featureKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BRIEF)) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }
}
