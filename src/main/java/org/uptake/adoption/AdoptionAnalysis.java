package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uptake.model.Feature;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.Workspace;

/**
 * A feature's adoption under DESIGN §5 — the one implementation the GUI, the CLI and the reports
 * share: adoption rate against target and pace, by segment, plan and role; time to first use;
 * abandoned, reverted and stopped people; and funnels with any breakdown.
 */
public final class AdoptionAnalysis {

    static final long DAY = 86_400_000L;
    public static final int DEFAULT_FUNNEL_WINDOW_DAYS = 7;

    private final FeatureDefinitions features;
    private final AdoptionQueries queries;

    /** Adoption of {@code workspace}'s features, sharing the features' people read through {@code people}. */
    public AdoptionAnalysis(Workspace workspace, Cached<FeaturePeople.Window, FeaturePeople> people) {
        this.features = new FeatureDefinitions(workspace);
        this.queries = new AdoptionQueries(workspace, people);
    }

    AdoptionQueries queries() {
        return queries;
    }

    /** The feature, or a clear message naming the key that is not defined. */
    public Feature feature(String key) {
        return feature(features, key);
    }

    /** The feature from {@code features}, or a clear message naming the key that is not defined (every adoption reader says the same). */
    static Feature feature(FeatureDefinitions features, String key) {
        return features.find(key).orElseThrow(() -> new IllegalArgumentException(
                "No feature '" + key + "' in this workspace; import its features.json first."));
    }

    /**
     * The default window's end, in data time: the day of the last event in the workspace, or null
     * when it holds no events yet (the wall clock never stands in for it).
     */
    public LocalDate lastDay() {
        LocalDate[] days = queries.dataDays();
        return days == null ? null : days[1];
    }

    /** The feature's people in [from, to], shared through the graph's cache: for the comparisons and cross breakdowns beside this class. */
    FeaturePeople read(Feature feature, LocalDate from, LocalDate to) {
        return queries.load(feature, from, to);
    }

    /** A feature with the window asked for, defaults filled in (launch and the day of the last event), and the data's first day. */
    record Window(Feature feature, LocalDate start, LocalDate end, LocalDate dataStart) {

        /** The read of its people. */
        FeaturePeople.Window people() {
            return new FeaturePeople.Window(feature, start, end);
        }
    }

    /** The first and last day of a window of the feature: {@code from} (null: launch) to {@code to} (null: the data's last day). */
    public LocalDate[] days(String featureKey, LocalDate from, LocalDate to) {
        Window w = window(featureKey, from, to);
        return new LocalDate[] {w.start(), w.end()};
    }

    private Window window(String featureKey, LocalDate from, LocalDate to) {
        Feature feature = feature(featureKey);
        LocalDate[] days = queries.dataDays();
        // No events yet: the window closes at launch, so nothing is counted and no day is made up.
        LocalDate end = to != null ? to : days == null ? feature.launchedAt() : days[1];
        return new Window(feature, from == null ? feature.launchedAt() : from, end, days == null ? null : days[0]);
    }

    /**
     * Everything the Adoption screen shows, reading the rollups once for the window (and once more
     * from launch for the curve and depth when the window starts later).
     */
    public AdoptionOverview overview(String featureKey, LocalDate from, LocalDate to, FunnelReport.Breakdown by, int limit) {
        Window w = window(featureKey, from, to);
        FeaturePeople data = queries.load(w.feature(), w.start(), w.end());
        FeaturePeople sinceLaunch = w.start().equals(w.feature().launchedAt()) ? data
                : queries.load(w.feature(), w.feature().launchedAt(), w.end());
        // One pass over everyone's activity for the people list and the curve's newly active people.
        LocalDate launch = w.feature().launchedAt();
        AdoptionQueries.ActivityRead activity = queries.activity(activeFrom(w), w.end(), launch, w.end());
        return new AdoptionOverview(w.feature(), SummaryCount.of(w, data), curveOf(w.feature(), w.end(), sinceLaunch, activity.firstActivePerDay()),
                w.feature().funnel().isEmpty() ? null : funnelOf(w.feature(), by, DEFAULT_FUNNEL_WINDOW_DAYS, data),
                depthOf(w.feature(), w.end(), sinceLaunch), shouldBeUsingOf(w.feature(), data, activity.perPerson(), limit));
    }

    /**
     * Adoption in [from, to] (null: launch and the last event), by segment, plan, role and main
     * platform (the platform most of a person's events came from). Active people are those with an event
     * in the window on or after launch; adopters are those of them whose first adoption event, on or
     * after launch, falls before the window's end.
     */
    public AdoptionSummary summary(String featureKey, LocalDate from, LocalDate to) {
        Window w = window(featureKey, from, to);
        return SummaryCount.of(w, queries.load(w.feature(), w.start(), w.end()));
    }

    /**
     * {@link #summary} of each feature from its launch to {@code to} (null: the last event), in the order given, from one
     * pass over the activity and profiles for all of them: the watch asks for every feature's after each import. Reads
     * remembered for the screens are used; these are not remembered.
     */
    public Map<String, AdoptionSummary> summaryEach(List<String> featureKeys, LocalDate to) {
        List<Window> windows = new java.util.LinkedHashSet<>(featureKeys).stream().map(k -> window(k, null, to)).toList();
        List<FeaturePeople> read = new ArrayList<>(queries.loadEach(windows.stream().map(Window::people).toList()));
        Map<String, AdoptionSummary> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            out.put(windows.get(i).feature().key(), SummaryCount.of(windows.get(i), read.get(i)));
            // Each feature's people let go once summed up.
            read.set(i, null);
        }
        return out;
    }

    /** {active days, events} of someone with neither in the window. */
    private static final long[] NO_ACTIVITY = new long[2];

    /** In the feature's target audience: one of its target segments, or anyone when it names none. */
    static boolean inAudience(Feature feature, FeaturePeople.Person p) {
        return feature.targetSegments().isEmpty() || p.segment() != null && feature.targetSegments().contains(p.segment());
    }

    /** Adoption day by day from launch to the window's end, against the target line. */
    public AdoptionCurve curve(String featureKey, LocalDate to) {
        Window w = window(featureKey, null, to);
        LocalDate launch = w.feature().launchedAt();
        return curveOf(w.feature(), w.end(), queries.load(w.feature(), w.start(), w.end()),
                queries.firstActivePerDay(launch, w.end()));
    }

    /** {@code newActive}: people first active on each day from launch to {@code end} (index 0: launch). */
    private static AdoptionCurve curveOf(Feature feature, LocalDate end, FeaturePeople data, int[] newActive) {
        LocalDate launch = feature.launchedAt();
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(launch, end)) + 1;
        int[] newAdopters = new int[days];
        for (FeaturePeople.Person p : data.active.values()) {
            long adoptedAt = data.firstAdoption(p.id());
            if (adoptedAt != Long.MAX_VALUE) {
                newAdopters[(int) Math.min(days - 1, Math.floorDiv(adoptedAt, DAY) - launch.toEpochDay())]++;
            }
        }
        double target = feature.adoption().target();
        int within = Math.max(1, feature.adoption().withinDays());
        List<AdoptionCurve.Day> rows = new ArrayList<>();
        int adopters = 0;
        int active = 0;
        for (int d = 0; d < days; d++) {
            adopters += newAdopters[d];
            active += newActive[d];
            rows.add(new AdoptionCurve.Day(launch.plusDays(d), newAdopters[d], adopters, active, Stats.rate(adopters, active),
                    Math.min(target, target * d / within)));
        }
        int[] recent = Arrays.copyOfRange(newAdopters, Math.max(0, days - 14), days);
        return new AdoptionCurve(rows, AdoptionCurve.slope(recent), target, within, launch);
    }

    /** Depth tiers of the adopters and the L28 curve, as of the window's end. */
    public UsageDepth depth(String featureKey, LocalDate to) {
        Window w = window(featureKey, null, to);
        return depthOf(w.feature(), w.end(), queries.load(w.feature(), w.start(), w.end()));
    }

    private UsageDepth depthOf(Feature feature, LocalDate end, FeaturePeople data) {
        List<Int2ObjectOpenHashMap<long[]>> byRange = queries.daysUsed(feature.key(), List.of(feature.launchedAt(), end.minusDays(27)), end);
        Int2ObjectOpenHashMap<long[]> ever = byRange.get(0);
        Int2ObjectOpenHashMap<long[]> last28 = byRange.get(1);
        int surface = 0;
        int regular = 0;
        int power = 0;
        int[] l28 = new int[28];
        for (FeaturePeople.Person p : data.active.values()) {
            long[] recent = last28.get(p.id());
            if (recent != null) {
                l28[(int) Math.min(28, recent[0]) - 1]++;
            }
            if (data.firstAdoption(p.id()) == Long.MAX_VALUE) {
                continue;
            }
            long[] used = ever.get(p.id());
            long uses = used == null ? 0 : used[1];
            if (recent != null && recent[0] >= UsageDepth.POWER_DAYS) {
                power++;
            } else if (uses <= 2) {
                surface++;
            } else {
                regular++;
            }
        }
        return new UsageDepth(surface, regular, power, Arrays.stream(l28).boxed().toList());
    }

    /** Non-adopters in the feature's target segments, most active first: the people who should be using it. */
    public List<NonAdopter> shouldBeUsing(String featureKey, LocalDate from, LocalDate to, int limit) {
        Window w = window(featureKey, from, to);
        return shouldBeUsingOf(w.feature(), queries.load(w.feature(), w.start(), w.end()), queries.activity(activeFrom(w), w.end()), limit);
    }

    private static List<NonAdopter> shouldBeUsingOf(Feature feature, FeaturePeople data, Int2ObjectOpenHashMap<long[]> activity, int limit) {
        List<FeaturePeople.Person> candidates = new ArrayList<>();
        for (FeaturePeople.Person p : data.active.values()) {
            if (data.firstAdoption(p.id()) == Long.MAX_VALUE && inAudience(feature, p)) {
                candidates.add(p);
            }
        }
        List<NonAdopter> rows = new ArrayList<>();
        for (FeaturePeople.Person p : MostActive.first(candidates, activity, limit)) {
            long[] a = activity.getOrDefault(p.id(), NO_ACTIVITY);
            rows.add(new NonAdopter(p.userId(), p.segment(), p.plan(), p.role(), p.accountId(), (int) a[0], a[1]));
        }
        return List.copyOf(rows);
    }

    /** The people behind a number of the summary, funnel or breakdowns, most active first. */
    public List<PersonRow> people(String featureKey, LocalDate from, LocalDate to, PeopleQuery query, int windowDays) {
        Window w = window(featureKey, from, to);
        FeaturePeople data = queries.load(w.feature(), w.start(), w.end());
        Int2ObjectOpenHashMap<long[]> activity = queries.activity(activeFrom(w), w.end());
        int steps = w.feature().funnel().size();
        List<FeaturePeople.Person> matching = data.active.values().stream()
                .filter(p -> {
                    int level = data.furthestStep(p.id(), windowDays);
                    boolean adopter = data.firstAdoption(p.id()) != Long.MAX_VALUE;
                    return switch (query.kind()) {
                        case ACTIVE -> true;
                        case ADOPTERS -> adopter;
                        case NON_ADOPTERS -> !adopter;
                        case ABANDONED -> level >= 1 && level < steps;
                        case REVERTED -> data.reverted(p.id());
                        case STOPPED -> data.stopped(p.id());
                        case BREAKDOWN -> query.value().equals(valueOf(p, query.attribute()));
                        case CELL -> query.value().equals(valueOf(p, query.attribute()))
                                && query.columnValue().equals(valueOf(p, query.columnAttribute()));
                        case FUNNEL_STEP -> level > query.step() && (query.by() == FunnelReport.Breakdown.NONE
                                || query.value().equals(groupOf(p, query.by(), data)));
                    };
                })
                .toList();
        List<FeaturePeople.Person> chosen = MostActive.first(matching, activity, Integer.MAX_VALUE);
        Map<String, PersonContact> contacts = contacts(chosen.stream().map(FeaturePeople.Person::userId).toList());
        return chosen.stream().map(p -> {
            long[] a = activity.getOrDefault(p.id(), NO_ACTIVITY);
            long adoptedAt = data.firstAdoption(p.id());
            PersonContact contact = contacts.getOrDefault(p.userId(), new PersonContact(p.userId(), null, p.accountId(), null));
            return new PersonRow(p.userId(), contact.email(), p.segment(), p.plan(), p.role(), p.accountId(), contact.accountName(),
                    adoptedAt == Long.MAX_VALUE ? null : java.time.Instant.ofEpochMilli(adoptedAt),
                    data.furthestStep(p.id(), windowDays), (int) a[0], a[1]);
        }).toList();
    }

    /**
     * The email, account and account name of these people by user id (ids the workspace does not know
     * are left out): the one read every people list of the GUI shows people by.
     */
    public Map<String, PersonContact> contacts(java.util.Collection<String> userIds) {
        return queries.contacts(userIds);
    }

    /**
     * Everyone active in the window with their attributes, furthest funnel step, adoption, revert
     * and stop, under the same definitions as the summary: what struggles, outreach and impact build on.
     */
    public FeatureParticipants participants(String featureKey, LocalDate from, LocalDate to) {
        Window w = window(featureKey, from, to);
        return FeatureParticipants.of(w, queries.load(w.feature(), w.start(), w.end()));
    }

    /** One feature's windows for {@link #participantsAcross}: [from, to] pairs, null meaning launch and the data's last day. */
    public record FeatureWindows(String featureKey, List<LocalDate[]> windows) {

        public FeatureWindows {
            windows = List.copyOf(windows);
        }
    }

    /**
     * {@link #participants} in every window of several features, from one pass over everyone's activity and profiles
     * for as many windows as one pass takes (31), each feature's windows handed to {@code each} in turn, in the order
     * given, before the next feature's are made: the watch asks for three windows of every feature after each import,
     * and each feature's own pass took 1.5 to 3 s at a million people.
     */
    public void participantsAcross(List<FeatureWindows> features, java.util.function.BiConsumer<String, List<FeatureParticipants>> each) {
        participantsAcross(features, List.of(), null, each);
    }

    /**
     * {@link #participantsAcross(List, java.util.function.BiConsumer)}, and in the same pass each of {@code summarized}'s
     * {@link #summaryEach summary} from launch to {@code to} (null: the last event), returned in the order given. The
     * watch asks for both after every import: one pass over everyone's activity, profiles and each feature's events
     * instead of two.
     */
    public Map<String, AdoptionSummary> participantsAcross(List<FeatureWindows> features, List<String> summarized, LocalDate to,
            java.util.function.BiConsumer<String, List<FeatureParticipants>> each) {
        // A feature's adoption since launch just before its windows, so one read of its events serves both.
        List<WindowPasses.Passage> passages = new ArrayList<>();
        java.util.Set<String> toSum = new java.util.LinkedHashSet<>(summarized);
        for (FeatureWindows f : features) {
            if (toSum.remove(f.featureKey())) {
                passages.add(WindowPasses.Passage.summary(window(f.featureKey(), null, to)));
            }
            passages.add(WindowPasses.Passage.participants(f.featureKey(),
                    f.windows().stream().map(d -> window(f.featureKey(), d[0], d[1])).toList()));
        }
        toSum.forEach(k -> passages.add(WindowPasses.Passage.summary(window(k, null, to))));
        Map<String, AdoptionSummary> summaries = new HashMap<>();
        WindowPasses.run(queries, passages, summaries::put, each);
        Map<String, AdoptionSummary> out = new java.util.LinkedHashMap<>();
        new java.util.LinkedHashSet<>(summarized).forEach(k -> out.put(k, summaries.get(k)));
        return out;
    }

    /** One person's events in time order (drill-down; reads the raw events of that person). */
    public List<TimelineEvent> timeline(String userId) {
        return queries.timeline(userId);
    }

    /** Where a window's activity counts from: its start, or launch when it starts before. */
    private static LocalDate activeFrom(Window w) {
        return w.start().isBefore(w.feature().launchedAt()) ? w.feature().launchedAt() : w.start();
    }

    static String valueOf(FeaturePeople.Person p, String attribute) {
        return orNone(switch (attribute) {
            case "segment" -> p.segment();
            case "plan" -> p.plan();
            case "role" -> p.role();
            case "platform", AdoptionSummary.MAIN_PLATFORM -> p.platform();
            default -> null;
        });
    }

    /** The funnel group of a person: the breakdown attribute, or for platform where their step 1 happened. */
    private static String groupOf(FeaturePeople.Person p, FunnelReport.Breakdown by, FeaturePeople data) {
        return orNone(switch (by) {
            case NONE -> "all";
            case SEGMENT -> p.segment();
            case PLAN -> p.plan();
            case ROLE -> p.role();
            case PLATFORM -> WindowFunnel.entryPlatform(data.stepsOf(p.id()), data.windowStart);
        });
    }

    static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }

    /**
     * The funnel of the feature's steps for people active in the window, overall or per value of
     * {@code by} (segment, plan, role, or platform: where step 1 happened).
     */
    public FunnelReport funnel(String featureKey, FunnelReport.Breakdown by, int windowDays, LocalDate from, LocalDate to) {
        Window w = window(featureKey, from, to);
        if (w.feature().funnel().isEmpty()) {
            throw new IllegalArgumentException("Feature '" + featureKey + "' defines no funnel.");
        }
        return funnelOf(w.feature(), by, windowDays, queries.load(w.feature(), w.start(), w.end()));
    }

    static FunnelReport funnelOf(Feature feature, FunnelReport.Breakdown by, int windowDays, FeaturePeople data) {
        // Hashed while counting, each group's values in order at the end: a sorted map's comparisons per person were a
        // tenth of a funnel at a million people.
        Map<String, int[]> reach = new HashMap<>();
        int steps = feature.funnel().size();
        for (FeaturePeople.Person p : data.active.values()) {
            int level = data.furthestStep(p.id(), windowDays);
            if (by == FunnelReport.Breakdown.PLATFORM && level == 0) {
                continue;
            }
            int[] counts = reach.computeIfAbsent(groupOf(p, by, data), g -> new int[steps]);
            for (int k = 0; k < level; k++) {
                counts[k]++;
            }
        }
        List<FunnelReport.Group> groups = new ArrayList<>();
        new TreeMap<>(reach).forEach((group, counts) -> {
            List<FunnelReport.Step> rows = new ArrayList<>();
            for (int k = 0; k < steps; k++) {
                rows.add(new FunnelReport.Step(feature.funnel().get(k), counts[k],
                        k == 0 ? 1.0 : Stats.rate(counts[k], counts[k - 1])));
            }
            groups.add(new FunnelReport.Group(group, rows));
        });
        return new FunnelReport(feature.key(), by, windowDays, groups);
    }
}
