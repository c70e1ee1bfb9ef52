package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.adoption.TimelineEvent;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.model.Signal;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Who struggles with a feature and why (DESIGN §5) — the one implementation the GUI, the CLI and
 * the reports share: the detectors' signals with their evidence, a score per person, the clusters
 * of attribute values where struggling concentrates, the bug suspects and the early-warning figure.
 */
public final class StruggleAnalysis {

    private static final long DAY = 86_400_000L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StruggleAnalysis.class);
    /** Clusters shown: beyond this the list stops being something an analyst reads. */
    public static final int MAX_CLUSTERS = 25;

    private final Workspace workspace;
    private final AdoptionAnalysis adoption;
    private final StruggleQueries queries;
    private final WorkspaceSettings workspaceSettings;
    private final Supplier<TextSimilarity> similarity;
    /** The last detection of several features (one window): the struggling people and their signals, some tens of MB at a million people. */
    private final org.uptake.workspace.Cached<DetectionKey, Map<String, StruggleDetection>> detections;

    /** Struggles in {@code workspace}, from {@code adoption}'s participants, tickets matched by {@code similarity} (e.g. {@link TextSimilarities#best}). */
    public StruggleAnalysis(Workspace workspace, AdoptionAnalysis adoption, Supplier<TextSimilarity> similarity) {
        this.workspace = workspace;
        this.adoption = adoption;
        this.queries = new StruggleQueries(workspace);
        this.workspaceSettings = workspace.settings();
        this.similarity = similarity;
        this.detections = new org.uptake.workspace.Cached<>(workspace, 1);
    }

    public StruggleSettings settings() {
        return workspaceSettings.read(StruggleSettings.SECTION);
    }

    public void saveSettings(StruggleSettings settings) {
        workspaceSettings.write(StruggleSettings.SECTION, settings);
    }

    /** Everything for the feature in [from, to] (null: launch and the day of the last event). */
    public StruggleReport analyze(String featureKey, LocalDate from, LocalDate to, Progress progress) {
        StruggleSettings settings = settings();
        return report(detect(featureKey, from, to, settings, true, progress), settings, progress);
    }

    /**
     * Each feature's {@link #analyze} over the same [from, to], in the order of {@code featureKeys}, from one read of the
     * events for all of them (the figures are those of each feature's own analysis).
     */
    public Map<String, StruggleReport> analyzeEach(List<String> featureKeys, LocalDate from, LocalDate to, Progress progress) {
        return analyzeWindows(List.of(new Window(featureKeys, from, to)), List.of(), progress).reports().get(0);
    }

    private StruggleReport report(Detected d, StruggleSettings settings, Progress progress) {
        FeatureParticipants all = d.all();
        Feature feature = all.feature();
        long t2 = System.nanoTime();
        progress.update(0, 0, "Finding clusters");
        List<StruggleCluster> clusters = StruggleCluster.of(all, d.data(), d.struggling(), settings);
        int entrants = (int) all.active().stream().filter(Participant::entered).count();
        LOG.info("Struggles of {}: clusters in {} ms", feature.key(), (System.nanoTime() - t2) / 1_000_000);
        String ticketMatch = String.format(Locale.ROOT, "%s, threshold %.2f; %d tickets since launch, %d about the feature",
                d.method().name(), settings.ticketSimilarity() == null ? d.method().defaultThreshold() : settings.ticketSimilarity(),
                d.data().tickets.size(), d.matches().size());
        return new StruggleReport(feature, all.from(), all.to(), settings, all.active().size(), entrants, d.signals(), d.struggling(),
                clusters, BugSuspect.of(all, d.byPerson(), d.struggling()), EarlyWarning.of(all, d.byPerson()), ticketMatch);
    }

    /**
     * Only the people struggling with the feature in [from, to], by the same detection as {@link #analyze}, without
     * the clusters, bug suspects and early warning that other callers (account health) do not need.
     */
    public List<StrugglingPerson> struggling(String featureKey, LocalDate from, LocalDate to) {
        // No profiles: tier and tenure only describe clusters, and reading them is a pass over every person.
        return detect(featureKey, from, to, settings(), false, Progress.NONE).struggling();
    }

    /**
     * Each feature's {@link #struggling} in [from, to], in the order of {@code featureKeys}, from one read of the events
     * for all of them: the book of business asks for every feature's over the same window.
     */
    public Map<String, List<StrugglingPerson>> strugglingEach(List<String> featureKeys, LocalDate from, LocalDate to) {
        Map<String, List<StrugglingPerson>> found = new LinkedHashMap<>();
        detectionEach(featureKeys, from, to).forEach((k, d) -> found.put(k, d.struggling()));
        return found;
    }

    /**
     * Each feature's detection in [from, to] without clusters (who struggles, the early warning), in the order of
     * {@code featureKeys}, from one read of the events. Remembered while the data and the thresholds stay the same:
     * a watch refresh asks for the last 28 days twice, for the book of business and for the digest.
     */
    public Map<String, StruggleDetection> detectionEach(List<String> featureKeys, LocalDate from, LocalDate to) {
        StruggleSettings settings = settings();
        return detections.get(new DetectionKey(List.copyOf(featureKeys), from, to, settings), k -> {
            Map<String, StruggleDetection> found = new HashMap<>();
            detectEach(featureKeys, from, to, settings, false, Progress.NONE, d -> found.put(d.all().feature().key(), detection(d)));
            return ordered(featureKeys, found);
        });
    }

    /** A window of {@link #analyzeWindows}: these features (in this order) over [from, to]. */
    public record Window(List<String> features, LocalDate from, LocalDate to) {

        public Window {
            features = List.copyOf(features);
        }
    }

    /**
     * What {@link #analyzeWindows} found: per reported window each feature's report, per detected window each feature's
     * detection, and the adoption summaries asked for with them.
     */
    public record Windows(List<Map<String, StruggleReport>> reports, List<Map<String, StruggleDetection>> detections,
            Map<String, AdoptionSummary> adoption) {
    }

    /**
     * Several windows at once, with the figures each would have alone: {@code reported} ones as {@link #analyzeEach}
     * reports them, {@code detected} ones as {@link #detectionEach} detects them (and remembered as it remembers them).
     * The events are read once for all features and windows: the watch asks for the current and previous periods and
     * the rolling window of every feature after every import, eighteen reads of the events when asked one by one.
     */
    public Windows analyzeWindows(List<Window> reported, List<Window> detected, Progress progress) {
        return analyzeWindows(reported, detected, List.of(), null, progress);
    }

    /**
     * {@link #analyzeWindows(List, List, Progress)}, and in the same pass over the people each of {@code summarized}'s
     * adoption summary from launch to {@code summaryTo} ({@link AdoptionAnalysis#summaryEach}): the watch asks for both
     * after every import, and each was a pass over a million people's activity and profiles and every feature's events.
     */
    public Windows analyzeWindows(List<Window> reported, List<Window> detected, List<String> summarized, LocalDate summaryTo,
            Progress progress) {
        StruggleSettings settings = settings();
        List<Map<String, StruggleReport>> reports = new ArrayList<>();
        List<Map<String, StruggleDetection>> detections = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Window w : reported) {
            Map<String, StruggleReport> found = new HashMap<>();
            reports.add(found);
            new java.util.LinkedHashSet<>(w.features()).forEach(k -> jobs.add(new Job(k, w.from(), w.to(), true,
                    d -> found.put(k, report(d, settings, progress)))));
        }
        for (Window w : detected) {
            Map<String, StruggleDetection> found = new HashMap<>();
            detections.add(found);
            new java.util.LinkedHashSet<>(w.features()).forEach(k -> jobs.add(new Job(k, w.from(), w.to(), false, d -> found.put(k, detection(d)))));
        }
        Map<String, AdoptionSummary> adoptionSummaries = detectJobs(jobs, summarized, summaryTo, settings, progress);
        List<Map<String, StruggleReport>> orderedReports = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            orderedReports.add(ordered(reported.get(i).features(), reports.get(i)));
        }
        List<Map<String, StruggleDetection>> orderedDetections = new ArrayList<>();
        for (int i = 0; i < detected.size(); i++) {
            Window w = detected.get(i);
            Map<String, StruggleDetection> one = ordered(w.features(), detections.get(i));
            // Remembered as detectionEach's own, so the book of business asking for the same window next reads this one.
            orderedDetections.add(this.detections.get(new DetectionKey(w.features(), w.from(), w.to(), settings), k -> one));
        }
        return new Windows(orderedReports, orderedDetections, adoptionSummaries);
    }

    /** Who struggles and the early warning: a detection without clusters. */
    private static StruggleDetection detection(Detected d) {
        return new StruggleDetection(d.struggling(), EarlyWarning.of(d.all(), d.byPerson()));
    }

    /** What a detection without clusters depends on besides the data (whose changes the cache follows itself). */
    private record DetectionKey(List<String> features, LocalDate from, LocalDate to, StruggleSettings thresholds) {
    }

    private static <T> Map<String, T> ordered(List<String> keys, Map<String, T> byKey) {
        Map<String, T> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, byKey.get(k)));
        return out;
    }

    /** What detection found: the participants, their events, each person's signals and who struggles. */
    private record Detected(FeatureParticipants all, StruggleData data, Int2ObjectMap<List<Signal>> byPerson, List<Signal> signals,
            List<StrugglingPerson> struggling, List<TicketDetector.Match> matches, TextSimilarity method) {
    }

    private Detected detect(String featureKey, LocalDate from, LocalDate to, StruggleSettings settings, boolean withProfiles,
            Progress progress) {
        Detected[] one = new Detected[1];
        detectEach(List.of(featureKey), from, to, settings, withProfiles, progress, d -> one[0] = d);
        return one[0];
    }

    /**
     * Each feature's detection in [from, to] as {@link #detect} makes it alone, from one read of the events for all of
     * them; each result goes to {@code each} as soon as it is made, so only one feature's participants and the data taken
     * for them are held at a time (beside the window's events read, kept compactly).
     */
    private void detectEach(List<String> featureKeys, LocalDate from, LocalDate to, StruggleSettings settings, boolean withProfiles,
            Progress progress, java.util.function.Consumer<Detected> each) {
        List<Job> jobs = new ArrayList<>();
        new java.util.LinkedHashSet<>(featureKeys).forEach(k -> jobs.add(new Job(k, from, to, withProfiles, each)));
        detectJobs(jobs, List.of(), null, settings, progress);
    }

    /** One feature in one window, and where its detection goes; {@code profiles}: the clusters will be asked for. */
    private record Job(String featureKey, LocalDate from, LocalDate to, boolean profiles, java.util.function.Consumer<Detected> each) {
    }

    /**
     * The jobs' detections, each as a feature alone in its window would be detected, from one read of the events of
     * all their windows. Then feature by feature: its windows' participants from one read of the rollups, and each
     * window's detection from the events read. At a million people each feature's read of the events took 2 to 6 s of
     * a watch refresh, six times over.
     */
    private Map<String, AdoptionSummary> detectJobs(List<Job> jobs, List<String> summarized, LocalDate summaryTo, StruggleSettings settings,
            Progress progress) {
        if (jobs.isEmpty()) {
            return summedApart(summarized, summaryTo);
        }
        Map<String, List<Job>> byFeature = new LinkedHashMap<>();
        jobs.forEach(j -> byFeature.computeIfAbsent(j.featureKey(), k -> new ArrayList<>()).add(j));
        List<Feature> features = new ArrayList<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        // Each job's days settled once (launch, the data's last day), for the read and the participants alike: an import
        // finishing in between must not give the participants a day whose events were not read.
        for (Map.Entry<String, List<Job>> e : byFeature.entrySet()) {
            Feature feature = adoption.feature(e.getKey());
            features.add(feature);
            List<Job> settled = new ArrayList<>();
            for (Job job : e.getValue()) {
                LocalDate[] days = adoption.days(job.featureKey(), job.from(), job.to());
                from = Math.min(from, windowStart(feature, days[0]));
                to = Math.max(to, windowEnd(days[1]));
                settled.add(new Job(job.featureKey(), days[0], days[1], job.profiles(), job.each()));
            }
            e.setValue(settled);
        }
        long t0 = System.nanoTime();
        WindowRead events = queries.read(features, from, to, progress);
        LOG.info("Struggles of {} feature(s): events read in {} ms", features.size(), (System.nanoTime() - t0) / 1_000_000);
        progress.update(0, 0, "Reading the features' participants");
        if (jobs.size() == 1) {
            // One window of one feature (a screen's): its participants as the screens share them.
            Job job = byFeature.values().iterator().next().get(0);
            detectFeature(List.of(job), List.of(adoption.participants(job.featureKey(), job.from(), job.to())), events, settings, progress);
            return summedApart(summarized, summaryTo);
        }
        // Every feature's windows from one pass over the people, each feature's detected before the next one's are made.
        List<AdoptionAnalysis.FeatureWindows> windows = byFeature.entrySet().stream().map(e -> new AdoptionAnalysis.FeatureWindows(e.getKey(),
                e.getValue().stream().map(j -> new LocalDate[] {j.from(), j.to()}).toList())).toList();
        return adoption.participantsAcross(windows, summarized, summaryTo,
                (key, each) -> detectFeature(byFeature.get(key), each, events, settings, progress));
    }

    /** The summaries asked for with jobs that read no participants' pass of their own to count them in. */
    private Map<String, AdoptionSummary> summedApart(List<String> featureKeys, LocalDate to) {
        return featureKeys.isEmpty() ? Map.of() : adoption.summaryEach(featureKeys, to);
    }

    /** One feature's jobs, from its windows' participants and the events read. */
    private void detectFeature(List<Job> own, List<FeatureParticipants> each, WindowRead events, StruggleSettings settings,
            Progress progress) {
        for (int k = 0; k < own.size(); k++) {
            Job job = own.get(k);
            FeatureParticipants all = each.get(k);
            long t1 = System.nanoTime();
            int[] ids = all.active().stream().mapToInt(Participant::personId).sorted().toArray();
            WindowRead.Wanted w = new WindowRead.Wanted(all.feature(), ids, windowStart(all.feature(), all.from()), windowEnd(all.to()));
            StruggleData data = events.load(w, settings.contextMinutes(), job.profiles());
            job.each().accept(signals(all, data, w.to(), settings, progress, System.nanoTime() - t1));
        }
    }

    /** Where a feature's window starts, in epoch milliseconds: its first day, or launch when it launched inside it. */
    private static long windowStart(Feature feature, LocalDate from) {
        return Math.max(feature.launchedAt().toEpochDay(), from.toEpochDay()) * DAY;
    }

    /** Where a window ending on {@code to} (inclusive) ends, in epoch milliseconds. */
    private static long windowEnd(LocalDate to) {
        return (to.toEpochDay() + 1) * DAY;
    }

    /** The detectors on one feature's data: each person's signals and who struggles. */
    private Detected signals(FeatureParticipants all, StruggleData data, long windowEnd, StruggleSettings settings, Progress progress,
            long readNanos) {
        long t1 = System.nanoTime();
        Feature feature = all.feature();
        progress.update(0, 0, "Detecting struggles");

        RageClickDetector rage = new RageClickDetector(settings, feature.rageClickIgnore());
        UndoLoopDetector undo = new UndoLoopDetector(settings);
        ErrorDetector errors = new ErrorDetector();
        AbandonDetector abandon = new AbandonDetector(settings);
        WorkaroundDetector workaround = new WorkaroundDetector(settings);
        // By id in a primitive map: boxing every participant's id was a tenth of a refresh's detection.
        Int2ObjectOpenHashMap<List<Signal>> byPerson = new Int2ObjectOpenHashMap<>();
        for (Participant p : all.active()) {
            List<ContextEvent> context = data.contextOf(p.personId());
            List<Signal> found = with(null, rage.detect(p, context));
            found = with(found, undo.detect(p, context));
            found = with(found, errors.detect(p, context));
            found = with(found, abandon.detect(all, p, context, windowEnd));
            found = with(found, workaround.detect(feature, p, data.legacyOf(p.personId())));
            if (found != null) {
                byPerson.put(p.personId(), found);
            }
        }
        TextSimilarity method = similarity.get();
        TicketDetector tickets = new TicketDetector(method, settings.ticketSimilarity());
        List<TicketDetector.Match> matches = tickets.match(feature, data.brief, data.tickets, otherFeatures(feature));
        // Only the people of the matched tickets by id: a map of every participant, for a few hundred tickets, was a tenth of
        // a refresh's detection.
        it.unimi.dsi.fastutil.ints.IntOpenHashSet filers = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
        matches.forEach(m -> filers.add(m.ticket().personId()));
        Int2ObjectOpenHashMap<Participant> byId = new Int2ObjectOpenHashMap<>(filers.size());
        for (Participant p : all.active()) {
            if (filers.contains(p.personId())) {
                byId.put(p.personId(), p);
            }
        }
        tickets.signals(matches, byId).forEach(s -> byPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));

        List<Signal> signals = new ArrayList<>();
        List<StrugglingPerson> struggling = new ArrayList<>();
        for (Participant p : all.active()) {
            List<Signal> own = byPerson.get(p.personId());
            if (own == null) {
                continue;
            }
            own.sort(Comparator.comparing(Signal::at));
            signals.addAll(own);
            if (StrugglingPerson.struggles(own, settings.abandonedAttempts())) {
                struggling.add(new StrugglingPerson(p, all.stepReached(p), StrugglingPerson.score(own), own));
            }
        }
        struggling.sort(Comparator.comparingInt((StrugglingPerson s) -> -s.score())
                .thenComparing(StrugglingPerson::firstSignalAt).thenComparingInt(s -> s.person().personId()));
        signals.sort(Comparator.comparing(Signal::at).thenComparingInt(Signal::personId));

        LOG.info("Struggles of {}: events read in {} ms, signals in {} ms", feature.key(), readNanos / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Detected(all, data, byPerson, signals, struggling, matches, method);
    }

    /** {@code found} with {@code more} added, made only when there is something to add (most people have no signal). */
    private static List<Signal> with(List<Signal> found, List<Signal> more) {
        if (more.isEmpty()) {
            return found;
        }
        List<Signal> out = found != null ? found : new ArrayList<>();
        out.addAll(more);
        return out;
    }

    /** The workspace's other features with their briefs: a ticket closer to one of them is not about this one. */
    private List<TicketDetector.Other> otherFeatures(Feature feature) {
        List<TicketDetector.Other> others = new ArrayList<>();
        org.uptake.workspace.FeatureDefinitions definitions = new org.uptake.workspace.FeatureDefinitions(workspace);
        org.uptake.workspace.FeatureBriefs briefs = new org.uptake.workspace.FeatureBriefs(workspace);
        for (org.uptake.model.FeatureRef ref : new org.uptake.workspace.FeatureQueries(workspace).list()) {
            if (!ref.key().equals(feature.key())) {
                definitions.find(ref.key()).ifPresent(f -> others.add(new TicketDetector.Other(f, briefs.brief(ref.key()).orElse(""))));
            }
        }
        return others;
    }

    /** One person's events in time order, for the drill-down. */
    public List<TimelineEvent> timeline(String userId) {
        return adoption.timeline(userId);
    }


}
