package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.uptake.model.Feature;

/**
 * What one read of a window gave ({@link StruggleQueries#read}): the events any of its features can need and the
 * window's tickets. Each feature and window takes its own data from it ({@link #load}): its participants' events in
 * the feature's context and their legacy events, exactly what a read for that feature alone would give.
 */
final class WindowRead {

    /** One feature's part of the read: its participants (person ids, ascending), its window [{@code from}, {@code to}) in epoch ms. */
    record Wanted(Feature feature, int[] people, long from, long to) {
    }

    private final Map<Integer, String> eventNames;
    private final boolean[] interesting;
    private final WindowEvents events;
    private final List<Ticket> tickets;
    private final Map<String, String> briefs;
    private final Supplier<Map<String, String>> tiers;

    /** {@code tiers}: each account's tier, asked for only by a window with clusters. */
    WindowRead(Map<Integer, String> eventNames, boolean[] interesting, WindowEvents events, List<Ticket> tickets,
            Map<String, String> briefs, Supplier<Map<String, String>> tiers) {
        this.eventNames = eventNames;
        this.interesting = interesting;
        this.events = events;
        this.tickets = tickets;
        this.briefs = briefs;
        this.tiers = tiers;
    }

    /**
     * One feature's data: its participants' events of its window in the feature's context, their legacy events, the
     * window's tickets and the brief ({@code withTiers}: and the accounts' tiers, for the clusters).
     */
    StruggleData load(Wanted w, int contextMinutes, boolean withTiers) {
        // Read once while the data stays the same: each feature and window looks up its own participants' accounts.
        Map<String, String> accountTiers = withTiers ? tiers.get() : Map.of();
        List<Ticket> windowTickets = tickets.stream()
                .filter(t -> t.createdAt().toEpochMilli() >= w.from() && t.createdAt().toEpochMilli() < w.to()).toList();
        StruggleData data = new StruggleData(new ArrayList<>(windowTickets), briefs.get(w.feature().key()), accountTiers);
        Taker taker = new Taker(w, StruggleQueries.flagsOf(eventNames, w.feature().featureEvents()),
                StruggleQueries.flagsOf(eventNames, Set.copyOf(w.feature().legacyEvents())), contextMinutes * 60_000L, data);
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
        /** By event name id: one of the feature's own events, one of its legacy ones. */
        private final boolean[] featureIds;
        private final boolean[] legacyIds;
        private final long nearMs;
        private final StruggleData data;
        private final IntArrayList kept = new IntArrayList();
        private final LongArrayList featureTimes = new LongArrayList();
        private final IntArrayList sessions = new IntArrayList();

        Taker(Wanted w, boolean[] featureIds, boolean[] legacyIds, long nearMs, StruggleData data) {
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
            for (int i = events.firstOf(person), end = events.endOf(person); i < end; i++) {
                long ts = events.ts(i);
                if (ts < w.from() || ts >= w.to()) {
                    continue;
                }
                int nameId = events.nameId(i);
                if (is(featureIds, nameId) || is(legacyIds, nameId) || nameId < interesting.length && interesting[nameId]
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
                IntArrays.mergeSort(order, 0, n, (a, b) -> Long.compare(events.ts(a), events.ts(b)));
            }
            // The feature's sessions and times, then each event in one of its sessions (or near one of its events
            // when it has no session) is in its context.
            featureTimes.clear();
            sessions.clear();
            for (int j = 0; j < n; j++) {
                int i = order[j];
                if (is(featureIds, events.nameId(i))) {
                    featureTimes.add(events.ts(i));
                    int session = events.session(i);
                    // A session's events mostly come together: each run of one session is added once, not once an event.
                    if (session != 0 && (sessions.isEmpty() || sessions.getInt(sessions.size() - 1) != session)) {
                        sessions.add(session);
                    }
                }
            }
            int[] featureSessions = sessions.elements();
            int sessionCount = sessions.size();
            if (!ascending(featureSessions, sessionCount)) {
                Arrays.sort(featureSessions, 0, sessionCount);
            }
            List<ContextEvent> context = new ArrayList<>();
            List<ContextEvent> legacy = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int i = order[j];
                int nameId = events.nameId(i);
                boolean feature = is(featureIds, nameId);
                int session = events.session(i);
                boolean inContext = feature || (session != 0 ? Arrays.binarySearch(featureSessions, 0, sessionCount, session) >= 0
                        : near(featureTimes.elements(), featureTimes.size(), events.ts(i), nearMs));
                boolean isLegacy = is(legacyIds, nameId);
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

    /** Whether the first {@code n} numbers are in ascending order already (a person's sessions mostly are: numbered as read). */
    private static boolean ascending(int[] numbers, int n) {
        for (int i = 1; i < n; i++) {
            if (numbers[i] < numbers[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(boolean[] flags, int id) {
        return id >= 0 && id < flags.length && flags[id];
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
}
