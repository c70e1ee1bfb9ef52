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
import org.uptake.model.Progress;
import org.uptake.workspace.Cached;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.ProfileStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/**
 * The SQL of the struggle analysis. Detectors need the raw events around a feature (clicks, undo,
 * errors with their targets and properties), which no rollup keeps, so this reads the event table
 * once for the window, for one feature or several, keeping the events any of them can need
 * ({@link WindowEvents}); each feature then takes its participants' events in its sessions and
 * their legacy events.
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
    private final Cached<Boolean, PeopleProfiles> profiles;

    StruggleQueries(Workspace workspace) {
        this.workspace = workspace;
        this.profiles = new Cached<>(workspace, 1);
    }

    private PeopleProfiles readProfiles() {
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            return readProfiles(c);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the people's account tiers and creation times", e);
        }
    }

    /** One feature's part of a shared read: its participants (person ids, ascending) and its window [{@code from}, {@code to}) in epoch milliseconds. */
    record Wanted(Feature feature, int[] people, long from, long to) {
    }

    /**
     * Reads the events of [{@code from}, {@code to}) that any of {@code features} can need, once: a click, undo or error
     * (needed by all), a state against an expected one, or one of the features' own or legacy events; and the tickets of
     * the window. Each feature then takes its own participants' events of its own window from them ({@link Read#load}),
     * exactly what a read for it alone would give it.
     */
    Read read(List<Feature> features, long from, long to, Progress progress) {
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
            return new Read(names[1], interesting, events, tickets(c, from, to), briefs);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the events around '" + reading + "'", e);
        }
    }

    /** What {@link #read} read: the window's events and tickets, from which each feature takes its own. */
    final class Read {

        private final Map<Integer, String> eventNames;
        private final boolean[] interesting;
        private final WindowEvents events;
        private final List<Ticket> tickets;
        private final Map<String, String> briefs;

        private Read(Map<Integer, String> eventNames, boolean[] interesting, WindowEvents events, List<Ticket> tickets,
                Map<String, String> briefs) {
            this.eventNames = eventNames;
            this.interesting = interesting;
            this.events = events;
            this.tickets = tickets;
            this.briefs = briefs;
        }

        /**
         * One feature's data: its participants' events of its window in the feature's context, their legacy events, the
         * window's tickets and the brief ({@code withProfiles}: and everyone's tier and creation time, for the clusters).
         */
        StruggleData load(Wanted w, int contextMinutes, boolean withProfiles) {
            // Everyone's, read once while the data stays the same: each feature and window looks up its own participants.
            PeopleProfiles people = withProfiles ? profiles.get(Boolean.TRUE, k -> readProfiles()) : PeopleProfiles.NONE;
            List<Ticket> windowTickets = tickets.stream()
                    .filter(t -> t.createdAt().toEpochMilli() >= w.from() && t.createdAt().toEpochMilli() < w.to()).toList();
            StruggleData data = new StruggleData(new ArrayList<>(windowTickets), briefs.get(w.feature().key()), people);
            Taker taker = new Taker(w, idsOf(eventNames, w.feature().featureEvents()),
                    idsOf(eventNames, Set.copyOf(w.feature().legacyEvents())), contextMinutes * 60_000L, data);
            // In person-id order, the order the events are laid out in: a run through memory, not jumps.
            for (int person : w.people()) {
                taker.take(person);
            }
            return data;
        }

        /**
         * Takes one person's events of one feature and window at a time into the feature's data: the events a read for
         * the feature alone keeps (in its window: a click, undo or error, a state against an expected one, or one of its
         * own or legacy events), in time order; of those, the ones in the feature's context and its legacy ones.
         * Works on the events' indexes and makes objects only of the events it keeps.
         */
        private final class Taker {

            private final Wanted w;
            private final IntOpenHashSet featureIds;
            private final IntOpenHashSet legacyIds;
            private final long nearMs;
            private final StruggleData data;
            private final it.unimi.dsi.fastutil.ints.IntArrayList kept = new it.unimi.dsi.fastutil.ints.IntArrayList();
            private final it.unimi.dsi.fastutil.longs.LongArrayList featureTimes = new it.unimi.dsi.fastutil.longs.LongArrayList();
            private final it.unimi.dsi.fastutil.ints.IntArrayList sessions = new it.unimi.dsi.fastutil.ints.IntArrayList();

            Taker(Wanted w, IntOpenHashSet featureIds, IntOpenHashSet legacyIds, long nearMs, StruggleData data) {
                this.w = w;
                this.featureIds = featureIds;
                this.legacyIds = legacyIds;
                this.nearMs = nearMs;
                this.data = data;
            }

            void take(int person) {
                kept.clear();
                boolean inOrder = true;
                long previous = Long.MIN_VALUE;
                for (int k = events.firstOf(person), end = events.endOf(person); k < end; k++) {
                    int i = events.eventAt(k);
                    long ts = events.ts(i);
                    if (ts < w.from() || ts >= w.to()) {
                        continue;
                    }
                    int nameId = events.nameId(i);
                    if (featureIds.contains(nameId) || legacyIds.contains(nameId) || nameId < interesting.length && interesting[nameId]
                            || events.reportsExpected(i)) {
                        kept.add(i);
                        inOrder &= ts >= previous;
                        previous = ts;
                    }
                }
                int n = kept.size();
                if (n == 0) {
                    return;
                }
                int[] order = kept.elements();
                if (!inOrder) {
                    // Stable: events at the same time stay in the order read.
                    it.unimi.dsi.fastutil.ints.IntArrays.mergeSort(order, 0, n, (a, b) -> Long.compare(events.ts(a), events.ts(b)));
                }
                // The feature's sessions and times, then each event in one of its sessions (or near one of its events
                // when it has no session) is in its context.
                featureTimes.clear();
                sessions.clear();
                for (int j = 0; j < n; j++) {
                    int i = order[j];
                    if (featureIds.contains(events.nameId(i))) {
                        featureTimes.add(events.ts(i));
                        if (events.session(i) != 0) {
                            sessions.add(events.session(i));
                        }
                    }
                }
                int[] featureSessions = sessions.elements();
                int sessionCount = sessions.size();
                Arrays.sort(featureSessions, 0, sessionCount);
                List<ContextEvent> context = new ArrayList<>();
                List<ContextEvent> legacy = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    int i = order[j];
                    int nameId = events.nameId(i);
                    boolean feature = featureIds.contains(nameId);
                    int session = events.session(i);
                    boolean inContext = feature || (session != 0 ? Arrays.binarySearch(featureSessions, 0, sessionCount, session) >= 0
                            : near(featureTimes.elements(), featureTimes.size(), events.ts(i), nearMs));
                    boolean isLegacy = legacyIds.contains(nameId);
                    if (inContext || isLegacy) {
                        ContextEvent e = events.event(i, feature);
                        if (isLegacy) {
                            legacy.add(e);
                        }
                        if (inContext) {
                            context.add(e);
                        }
                    }
                }
                if (!context.isEmpty()) {
                    data.context.put(person, context);
                }
                if (!legacy.isEmpty()) {
                    data.legacy.put(person, legacy);
                }
            }
        }
    }

    /** Every event of the window that one of the features can need, everyone's, in the order read. */
    private WindowEvents scan(Connection c, IntOpenHashSet ownIds, boolean[] interesting, long from, long to, Map<Integer, String>[] names,
            Progress progress) throws SQLException {
        // By id in arrays: a map of boxed ids was looked up three times for every event kept.
        WindowEvents.Builder kept = new WindowEvents.Builder(byId(names[1]), byId(names[3]), byId(names[2]));
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
            seen[0] += block.size();
            progress.update(Math.min(seen[0], total), total, String.format("Reading events: %,d of %,d", seen[0], total));
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("Cancelled");
            }
        });
        return kept.build();
    }

    /** Whether {@code ts} is within {@code within} ms of one of the first {@code n} times of {@code sorted}. */
    private static boolean near(long[] sorted, int n, long ts, long within) {
        int i = Arrays.binarySearch(sorted, 0, n, ts);
        if (i >= 0) {
            return true;
        }
        int after = -i - 1;
        return after < n && sorted[after] - ts <= within || after > 0 && ts - sorted[after - 1] <= within;
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

    private static String[] byId(Map<Integer, String> entries) {
        String[] out = new String[entries.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        entries.forEach((id, entry) -> {
            if (id >= 0) {
                out[id] = entry;
            }
        });
        return out;
    }

    /** Per event-name id: a click, undo/redo or error, the kinds detectors look at. */
    private static boolean[] interesting(Map<Integer, String> eventNames) {
        int max = eventNames.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean[] flags = new boolean[max + 1];
        eventNames.forEach((id, name) -> flags[id] = EventKinds.isClick(name) || EventKinds.isUndoRedo(name)
                || EventKinds.isError(name));
        return flags;
    }

    private static IntOpenHashSet idsOf(Map<Integer, String> eventNames, Set<String> wanted) {
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
     * Everyone's account tier and creation time from the profile blocks and the account table, not a join of every
     * person row (about 10 s at a million people).
     */
    private static PeopleProfiles readProfiles(Connection c) throws SQLException {
        Map<String, String> tiers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(TIERS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String tier = rs.getString(2);
                if (tier != null && !tier.isBlank()) {
                    tiers.put(rs.getString(1), tier.trim());
                }
            }
        }
        PeopleProfiles.Builder profiles = new PeopleProfiles.Builder(tiers);
        ProfileStore.scan(c, profiles::add);
        return profiles.build();
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
