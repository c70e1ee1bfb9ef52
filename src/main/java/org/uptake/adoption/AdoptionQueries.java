package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.workspace.ActivityStore;
import org.uptake.workspace.Cached;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.FeatureEventStore;
import org.uptake.workspace.SecondRead;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/** The SQL of the adoption analyses: reads the rollups the importers keep, never the raw event table. */
final class AdoptionQueries {

    /** No funnel step (a step is 0 and up, a revert -1). */
    private static final int NO_STEP = Integer.MIN_VALUE;
    private static final String DATA_DAYS = "SELECT MIN(first_ts), MAX(last_ts) FROM import_batch"
            + " WHERE status = 'imported' AND first_ts IS NOT NULL";
    private static final String NAMES = "SELECT id, entry FROM dictionary WHERE kind = ?";

    private static final String DAYS_USED = "SELECT person_id, activity_day, uses FROM person_feature_day"
            + " WHERE feature_key = ? AND activity_day BETWEEN ? AND ?";
    private static final String PERSON_ID = "SELECT id FROM person WHERE user_id = ?";
    private static final String USE_DAYS = "SELECT person_id, activity_day FROM person_feature_day"
            + " WHERE feature_key = ? AND uses > 0 AND activity_day BETWEEN ? AND ?";
    private static final String CONTACTS = "SELECT p.user_id, p.email, p.account_id, a.name FROM person p"
            + " LEFT JOIN account a ON a.account_id = p.account_id WHERE p.user_id = ANY(?)";

    private final Workspace workspace;
    private final Cached<FeaturePeople.Window, FeaturePeople> people;
    private final DraftEventStore draftEvents;

    AdoptionQueries(Workspace workspace, Cached<FeaturePeople.Window, FeaturePeople> people) {
        this.workspace = workspace;
        this.people = people;
        this.draftEvents = new DraftEventStore(workspace);
    }

    /** The days of the first and the last event in the workspace (data time), or null when it holds no events. */
    LocalDate[] dataDays() {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(DATA_DAYS);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long first = rs.getLong(1);
            if (rs.wasNull()) {
                return null;
            }
            return new LocalDate[] {LocalDate.ofEpochDay(Math.floorDiv(first, 86_400_000L)),
                LocalDate.ofEpochDay(Math.floorDiv(rs.getLong(2), 86_400_000L))};
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot find the first and last events", e);
        }
    }

    /** The feature's people in the window, read once per data version (every screen and report asks for the same). */
    FeaturePeople load(Feature feature, LocalDate from, LocalDate to) {
        return people.get(new FeaturePeople.Window(feature, from, to), w -> read(feature, from, to));
    }

    /** The same read, not remembered: a look back over every past launch must not push the screens' reads out of the cache. */
    FeaturePeople readOnce(Feature feature, LocalDate from, LocalDate to) {
        return read(feature, from, to);
    }

    /**
     * A definition not saved yet (the feature editor's preview): the same read, with the feature's
     * events taken from the raw event blocks instead of its own, which only a saved definition has.
     */
    FeaturePeople readDraft(Feature feature, LocalDate from, LocalDate to) {
        return read(feature, from, to, true);
    }

    private FeaturePeople read(Feature feature, LocalDate from, LocalDate to) {
        return read(feature, from, to, false);
    }

    private FeaturePeople read(Feature feature, LocalDate from, LocalDate to, boolean draft) {
        return read(List.of(new FeaturePeople.Window(feature, from, to)), draft).get(0);
    }

    /**
     * The people in each of several windows, of one feature or several, each as its own read would give it, from one
     * pass over the activity and profiles (each feature's own events then read once for its windows). After each import
     * the watch asks for every feature's adoption since launch, then for three windows of each feature; at a million
     * people each pass over a million people's activity and profiles took 0.5 to 1.5 s. Reads remembered by {@link #load}
     * are used; these are not remembered: no screen asks for the watch's windows, and at a million people each read holds
     * 100 MB or more that the next feature's detection needs.
     */
    List<FeaturePeople> loadEach(List<FeaturePeople.Window> windows) {
        FeaturePeople[] found = new FeaturePeople[windows.size()];
        List<FeaturePeople.Window> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            FeaturePeople known = people.peek(windows.get(i));
            if (known != null) {
                found[i] = known;
            } else {
                missing.add(windows.get(i));
                at.add(i);
            }
        }
        // At most 31 windows a pass: each person's windows are the bits of an int.
        for (int from = 0; from < missing.size(); from += Integer.SIZE - 1) {
            int to = Math.min(missing.size(), from + Integer.SIZE - 1);
            List<FeaturePeople> read = read(missing.subList(from, to), false);
            for (int j = 0; j < read.size(); j++) {
                found[at.get(from + j)] = read.get(j);
            }
        }
        return List.of(found);
    }

    private List<FeaturePeople> read(List<FeaturePeople.Window> windows, boolean draft) {
        FeaturePeople[] data = new FeaturePeople[windows.size()];
        readEach(windows, draft, (d, i) -> data[i] = d);
        return List.of(data);
    }

    /**
     * Each window's people, feature by feature: one pass over everyone's activity and profiles for all the windows
     * (at most 31), then each feature's own events once for its windows, its windows handed to {@code each} (with their
     * index in {@code windows}) before the next feature's are made. A caller that drops a feature's windows once used
     * holds one feature's people at a time.
     */
    void readEach(List<FeaturePeople.Window> windows, boolean draft, java.util.function.ObjIntConsumer<FeaturePeople> each) {
        int n = windows.size();
        if (n > Integer.SIZE - 1) {
            throw new IllegalArgumentException("At most 31 windows in one read, not " + n);
        }
        if (n == 0) {
            return;
        }
        LocalDate[] activeFrom = new LocalDate[n];
        LocalDate[] lately = new LocalDate[n];
        // Each feature's windows, in the order given: its own events are read once for all of them.
        Map<String, List<Integer>> byFeature = new java.util.LinkedHashMap<>();
        Map<String, Feature> features = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Feature feature = windows.get(i).feature();
            LocalDate from = windows.get(i).from();
            activeFrom[i] = from.isBefore(feature.launchedAt()) ? feature.launchedAt() : from;
            lately[i] = windows.get(i).to().minusDays(13);
            byFeature.computeIfAbsent(feature.key(), k -> new ArrayList<>()).add(i);
            features.putIfAbsent(feature.key(), feature);
        }
        String readOf = features.size() == 1 ? features.keySet().iterator().next() : features.size() + " features";
        long t0 = System.nanoTime();
        java.util.concurrent.Future<?> firstEvents = null;
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            Map<Integer, String> platformNames = names(c, 2);
            // The first feature's own events do not depend on who was active: they are read on a second connection while
            // this thread reads everyone's activity and profiles. A summary or funnel waits on both, and there are two cores.
            Map.Entry<String, List<Integer>> first = byFeature.entrySet().iterator().next();
            List<FeaturePeople> firstData = featureWindows(windows, first.getValue());
            firstEvents = SecondRead.start(() -> {
                try (Connection second = WorkspaceDatabase.connect(workspace)) {
                    readFeatureEvents(second, features.get(first.getKey()), firstData, platformNames, draft ? draftEvents : null);
                }
                return null;
            });
            LocalDate[] ends = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                ends[i] = windows.get(i).to();
            }
            ActivePeopleQueries.Found found = ActivePeopleQueries.read(c, activeFrom, lately, ends, platformNames);
            int[] ids = found.ids();
            int[] activeIn = found.activeIn();
            int[] latelyIn = found.latelyIn();
            FeaturePeople.Person[] people = found.people();
            long t2 = System.nanoTime();
            org.slf4j.LoggerFactory.getLogger(AdoptionQueries.class).info("load people of {} ({} window{}): activity and profiles {} ms",
                    readOf, n, n == 1 ? "" : "s", (t2 - t0) / 1_000_000);
            for (Map.Entry<String, List<Integer>> own : byFeature.entrySet()) {
                long t3 = System.nanoTime();
                boolean isFirst = own.getKey().equals(first.getKey());
                List<FeaturePeople> data = isFirst ? firstData : featureWindows(windows, own.getValue());
                for (int j = 0; j < own.getValue().size(); j++) {
                    int i = own.getValue().get(j);
                    FeaturePeople d = data.get(j);
                    int bit = 1 << i;
                    for (int k = 0; k < people.length; k++) {
                        if (people[k] != null && (activeIn[k] & bit) != 0) {
                            d.active.add(people[k]);
                        }
                        if ((latelyIn[k] & bit) != 0) {
                            d.activeLately.add(ids[k]);
                        }
                    }
                }
                long t4 = System.nanoTime();
                if (isFirst) {
                    // Awaited once: from here on a failure of the pass has no read left beside it.
                    java.util.concurrent.Future<?> read = firstEvents;
                    firstEvents = null;
                    SecondRead.await(read, "the feature's events");
                } else {
                    readFeatureEvents(c, features.get(own.getKey()), data, platformNames, draft ? draftEvents : null);
                }
                long t5 = System.nanoTime();
                for (FeaturePeople d : data) {
                    d.steps.forEach((person, list) -> list.sort((a, b) -> Long.compare(a.ts(), b.ts())));
                }
                org.slf4j.LoggerFactory.getLogger(AdoptionQueries.class).info("load {} ({} window{}): people {} ms, feature events {} ms,"
                        + " sorting {} ms", own.getKey(), data.size(), data.size() == 1 ? "" : "s", (t4 - t3) / 1_000_000,
                        (t5 - t4) / 1_000_000, (System.nanoTime() - t5) / 1_000_000);
                // Each window let go as it is handed on: one the receiver sums up at once is not held while it uses the others.
                for (int j = 0; j < data.size(); j++) {
                    each.accept(data.set(j, null), own.getValue().get(j));
                }
            }
        } catch (SQLException e) {
            WorkspaceDataException failed = new WorkspaceDataException("Cannot read the adoption of " + (features.size() == 1
                    ? "'" + features.values().iterator().next().name() + "'" : features.size() + " features"), e);
            endBeside(firstEvents, failed);
            throw failed;
        } catch (RuntimeException e) {
            endBeside(firstEvents, e);
            throw e;
        }
    }

    /**
     * One feature's windows (by their index in {@code windows}), empty, sharing one map of each person's first adoption
     * and last use: the same in every window, read once for all of them.
     */
    private static List<FeaturePeople> featureWindows(List<FeaturePeople.Window> windows, List<Integer> indexes) {
        org.uptake.model.ByPersonId<long[]> use = new org.uptake.model.ByPersonId<>();
        List<FeaturePeople> made = new ArrayList<>();
        for (int i : indexes) {
            FeaturePeople.Window w = windows.get(i);
            made.add(new FeaturePeople(w.feature(), w.from(), w.to(), use));
        }
        return made;
    }

    /** A failed pass leaves no read running against the workspace (null: none was left waiting). */
    private static void endBeside(java.util.concurrent.Future<?> read, Throwable failure) {
        if (read != null) {
            SecondRead.end(read, failure);
        }
    }

    /**
     * One pass over the feature's own events: each person's first adoption (the adoption event on
     * or after launch) and last use (any feature event but a legacy one) over all time, the same
     * definitions as the person_feature rollup; and the funnel-step and revert events before the
     * window's end.
     */
    private static void readFeatureEvents(Connection c, Feature feature, List<FeaturePeople> windows, Map<Integer, String> platformNames,
            DraftEventStore draft) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        names(c, 1).forEach((id, name) -> ids.put(name, id));
        int adoption = feature.adoption() == null ? -1 : ids.getOrDefault(feature.adoption().event(), -1);
        // By event-name id: a hash set asked for every event of the feature was a fortieth of a watch refresh.
        // A legacy event the workspace has no name for stands, as before, for events without a known name (-1).
        boolean[] legacy = new boolean[Math.max(ids.values().stream().mapToInt(Integer::intValue).max().orElse(0), 0) + 2];
        feature.legacyEvents().forEach(e -> legacy[ids.getOrDefault(e, -1) + 1] = true);
        // The funnel step of each event-name id (id + 1, as for legacy), and the platforms' names by id: two boxed map
        // look-ups for every event of the feature and window were a fiftieth of a watch refresh.
        int[] stepOf = new int[legacy.length];
        Arrays.fill(stepOf, NO_STEP);
        stepIds(ids, feature).forEach((id, step) -> stepOf[id + 1] = step);
        String[] platformOf = org.uptake.workspace.DictionaryStore.byId(platformNames);
        long launch = feature.launchedAt().toEpochDay() * 86_400_000L;
        // The events a saved definition copies into its own blocks: its feature events and its legacy events.
        it.unimi.dsi.fastutil.ints.IntOpenHashSet own = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
        feature.featureEvents().forEach(e -> own.add(ids.getOrDefault(e, -1)));
        feature.legacyEvents().forEach(e -> own.add(ids.getOrDefault(e, -1)));
        own.remove(-1);
        DraftEventStore.Sink sink = (person, name, ts, platform) -> {
            org.uptake.model.ByPersonId<long[]> told = null;
            for (FeaturePeople data : windows) {
                // Windows sharing their use (one read's, side by side) are told each event once.
                if (data.use != told) {
                    told = data.use;
                    long[] use = told.computeIfAbsent(person, p -> new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
                    if (name < -1 || name + 1 >= legacy.length || !legacy[name + 1]) {
                        use[1] = Math.max(use[1], ts);
                    }
                    if (name == adoption && ts >= launch && (use[0] == Long.MIN_VALUE || ts < use[0])) {
                        use[0] = ts;
                    }
                }
                if (name == adoption && ts >= data.windowStart && ts < data.windowEnd) {
                    data.adoptedInWindow.add(person);
                }
                if (ts < data.windowEnd && name >= -1 && name + 1 < stepOf.length && stepOf[name + 1] != NO_STEP) {
                    data.addStep(person, new FeaturePeople.StepEvent(stepOf[name + 1], ts,
                            platform <= 0 || platform >= platformOf.length ? null : platformOf[platform]));
                }
            }
        };
        if (draft != null) {
            draft.forEach(c, own, sink);
        } else {
            FeatureEventStore.scan(c, feature.key(), block -> {
                for (int i = 0; i < block.size(); i++) {
                    sink.accept(block.person(i), block.name(i), block.ts(i), block.platform(i));
                }
            });
        }
    }

    /** Per person: the days in [from, to] on which they used the feature (legacy events do not count), as epoch days. */
    Map<Integer, it.unimi.dsi.fastutil.longs.LongOpenHashSet> useDays(String featureKey, LocalDate from, LocalDate to) {
        Map<Integer, it.unimi.dsi.fastutil.longs.LongOpenHashSet> days = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(USE_DAYS)) {
            s.setString(1, featureKey);
            s.setObject(2, from);
            s.setObject(3, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.computeIfAbsent(rs.getInt(1), p -> new it.unimi.dsi.fastutil.longs.LongOpenHashSet())
                            .add(rs.getObject(2, LocalDate.class).toEpochDay());
                }
            }
            return days;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the days '" + featureKey + "' was used", e);
        }
    }

    /** Each person's first active day in [from, to], as an epoch day; people without one are absent. */
    it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap firstActiveDays(LocalDate from, LocalDate to) {
        it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap first = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            ActivityStore.scan(c, a -> {
                LocalDate day = a.firstDayIn(from, to);
                if (day != null) {
                    first.put(a.person(), (int) day.toEpochDay());
                }
            });
            return first;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read first active days", e);
        }
    }

    /**
     * Per person, {days with a row, uses} of the feature in each range [from[i], to]: one pass over the feature's
     * rows for all the ranges. (The table's key starts with the person, so a feature's rows are a scan of every
     * feature's: two ranges were two scans and two groupings, most of what the Adoption screen recomputes.)
     */
    List<Int2ObjectOpenHashMap<long[]>> daysUsed(String featureKey, List<LocalDate> from, LocalDate to) {
        List<Int2ObjectOpenHashMap<long[]>> used = new ArrayList<>();
        long[] starts = new long[from.size()];
        LocalDate earliest = to;
        for (int i = 0; i < starts.length; i++) {
            used.add(new Int2ObjectOpenHashMap<>());
            starts[i] = from.get(i).toEpochDay();
            earliest = from.get(i).isBefore(earliest) ? from.get(i) : earliest;
        }
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(DAYS_USED)) {
            s.setString(1, featureKey);
            s.setObject(2, earliest);
            s.setObject(3, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int person = rs.getInt(1);
                    long day = rs.getObject(2, LocalDate.class).toEpochDay();
                    int uses = rs.getInt(3);
                    for (int i = 0; i < starts.length; i++) {
                        if (day >= starts[i]) {
                            long[] u = used.get(i).computeIfAbsent(person, p -> new long[2]);
                            u[0]++;
                            u[1] += uses;
                        }
                    }
                }
            }
            return used;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read feature use", e);
        }
    }

    /** Per person: {active days, events} in [from, to]. */
    Int2ObjectOpenHashMap<long[]> activity(LocalDate from, LocalDate to) {
        return activity(from, to, null, null).perPerson();
    }

    /**
     * What the Adoption screen reads of everyone's activity, in one pass: each person's {active days, events} in [from,
     * to] (none when {@code from} is null), and, when {@code curveFrom} is given, how many people were first active on each day of [curveFrom,
     * curveTo] (index 0: {@code curveFrom}).
     */
    record ActivityRead(Int2ObjectOpenHashMap<long[]> perPerson, int[] firstActivePerDay) {
    }

    /** How many people were first active on each day of [from, to] (index 0: {@code from}). */
    int[] firstActivePerDay(LocalDate from, LocalDate to) {
        return activity(null, null, from, to).firstActivePerDay();
    }

    ActivityRead activity(LocalDate from, LocalDate to, LocalDate curveFrom, LocalDate curveTo) {
        Int2ObjectOpenHashMap<long[]> activity = new Int2ObjectOpenHashMap<>();
        int[] firstActive = curveFrom == null ? null : new int[(int) Math.max(0, ChronoUnit.DAYS.between(curveFrom, curveTo)) + 1];
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            ActivityStore.scan(c, a -> {
                int days = from == null ? 0 : a.daysIn(from, to);
                if (days > 0) {
                    activity.put(a.person(), new long[] {days, a.eventsIn(from, to)});
                }
                if (firstActive != null) {
                    LocalDate first = a.firstDayIn(curveFrom, curveTo);
                    if (first != null) {
                        firstActive[(int) ChronoUnit.DAYS.between(curveFrom, first)]++;
                    }
                }
            });
            return new ActivityRead(activity, firstActive);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read activity", e);
        }
    }

    /** One person's events in time order, with names, platforms and targets spelled out. */
    List<TimelineEvent> timeline(String userId) {
        List<TimelineEvent> events = new java.util.ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(PERSON_ID)) {
            s.setString(1, userId);
            int person;
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return events;
                }
                person = rs.getInt(1);
            }
            Map<Integer, String> eventNames = names(c, 1);
            Map<Integer, String> platforms = names(c, 2);
            Map<Integer, String> targets = names(c, 3);
            EventStore.scanPeople(c, it.unimi.dsi.fastutil.ints.IntSet.of(person), block -> {
                for (int i = 0; i < block.size(); i++) {
                    if (block.person(i) == person) {
                        events.add(new TimelineEvent(java.time.Instant.ofEpochMilli(block.ts(i)), eventNames.get(block.name(i)),
                                platforms.get(block.platform(i)), targets.get(block.target(i)), block.session(i),
                                block.properties(i)));
                    }
                }
            });
            events.sort(java.util.Comparator.comparing(TimelineEvent::at));
            return events;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the timeline of " + userId, e);
        }
    }

    /** The email, account and account name of each of these people (by user id); unknown ids are left out. */
    Map<String, PersonContact> contacts(java.util.Collection<String> userIds) {
        Map<String, PersonContact> contacts = new HashMap<>();
        if (userIds.isEmpty()) {
            return contacts;
        }
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(CONTACTS)) {
            s.setArray(1, c.createArrayOf("VARCHAR", userIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    contacts.put(rs.getString(1), new PersonContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the people's emails and account names", e);
        }
        return contacts;
    }

    /** A dictionary (1 event names, 2 platforms, 3 targets) as id → entry. */
    static Map<Integer, String> names(Connection c, int kind) throws SQLException {
        Map<Integer, String> names = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(NAMES)) {
            s.setInt(1, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    /** Event-name id → funnel step index (0-based); the revert event maps to -1. */
    private static Map<Integer, Integer> stepIds(Map<String, Integer> ids, Feature feature) {
        Map<Integer, Integer> steps = new HashMap<>();
        List<String> funnel = feature.funnel();
        for (int i = 0; i < funnel.size(); i++) {
            Integer id = ids.get(funnel.get(i));
            if (id != null) {
                steps.putIfAbsent(id, i);
            }
        }
        if (feature.revertEvent() != null && ids.containsKey(feature.revertEvent())) {
            steps.putIfAbsent(ids.get(feature.revertEvent()), -1);
        }
        return steps;
    }
}
