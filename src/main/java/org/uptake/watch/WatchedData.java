package org.uptake.watch;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleDetection;
import org.uptake.struggle.StruggleReport;

/**
 * The data as the rules see it on one data day: the features and, computed once and shared by every
 * rule, each feature's adoption, its struggles in the current and the previous period, and its users.
 */
public final class WatchedData {

    private final LocalDate asOf;
    private final WatchSettings settings;
    private final List<Feature> features;
    private final AdoptionAnalysis adoption;
    private final StruggleAnalysis struggles;
    private final UseQueries use;
    private final Map<String, Object> computed = new HashMap<>();

    WatchedData(LocalDate asOf, WatchSettings settings, List<FeatureRef> refs, AdoptionAnalysis adoption, StruggleAnalysis struggles,
            UseQueries use) {
        this.asOf = asOf;
        this.settings = settings;
        this.adoption = adoption;
        this.struggles = struggles;
        this.use = use;
        this.features = refs.stream().filter(f -> !f.launchedAt().isAfter(asOf)).map(f -> adoption.feature(f.key())).toList();
    }

    /** The data day the rules run on: the workspace's last event day. */
    public LocalDate asOf() {
        return asOf;
    }

    public WatchSettings settings() {
        return settings;
    }

    /** Features launched on or before the data day. */
    public List<Feature> features() {
        return features;
    }

    /** First day of the current period (the last {@code periodDays} data days). */
    public LocalDate periodStart() {
        return asOf.minusDays(settings.periodDays() - 1L);
    }

    public AdoptionSummary adoption(String featureKey) {
        // Every launched feature's at once, in the struggles' pass over the people: the rules ask for each in turn, and
        // one pass over the people serves them all and the struggle periods. So the pace rule's adoption comes with the
        // periods' detection (every refresh runs both rules), and fails with it.
        AdoptionSummary each = periods().adoption().get(featureKey);
        return each != null ? each : cached("adoption:" + featureKey, () -> adoption.summary(featureKey, null, asOf));
    }

    /** Struggles in the current period (from launch when it launched inside it). */
    public StruggleReport strugglesNow(String featureKey) {
        return periods().reports().get(0).get(featureKey);
    }

    /** Struggles in the period before, or null when the feature had not launched by its end. */
    public StruggleReport strugglesBefore(Feature feature) {
        LocalDate end = periodStart().minusDays(1);
        if (end.isBefore(feature.launchedAt())) {
            return null;
        }
        return periods().reports().get(1).get(feature.key());
    }

    /**
     * Detection over the digest's rolling window, for the "struggled visibly first" figure: without clusters, and the
     * same detection the book of business makes of the same window (remembered by the struggle analysis, so one refresh
     * detects it once).
     */
    public StruggleDetection strugglesRolling(String featureKey) {
        if (computed.containsKey("struggles")) {
            return periods().detections().get(0).get(featureKey);
        }
        // Only the digest asks (no rule ran on this data here): the rolling window alone, a third of the periods' work.
        return this.<Map<String, StruggleDetection>>cached("rolling",
                () -> struggles.detectionEach(keys(asOf), asOf.minusDays(settings.proactiveDays() - 1L), asOf)).get(featureKey);
    }

    /**
     * The current and previous periods with clusters, the rolling window, and each feature's adoption since launch,
     * asked for together: the rules ask for each in turn, and the people and each feature's events are then read once
     * for all of them instead of once for each.
     */
    private StruggleAnalysis.Windows periods() {
        return cached("struggles", () -> {
            LocalDate end = periodStart().minusDays(1);
            return struggles.analyzeWindows(List.of(new StruggleAnalysis.Window(keys(asOf), periodStart(), asOf),
                    new StruggleAnalysis.Window(keys(end), end.minusDays(settings.periodDays() - 1L), end)),
                    List.of(new StruggleAnalysis.Window(keys(asOf), asOf.minusDays(settings.proactiveDays() - 1L), asOf)), keys(asOf), asOf,
                    Progress.NONE);
        });
    }

    /** The keys of the features launched by {@code day}, in the workspace's order (the book of business's too). */
    private List<String> keys(LocalDate day) {
        return features.stream().filter(f -> !f.launchedAt().isAfter(day)).map(Feature::key).toList();
    }

    /**
     * People who used the feature in the last {@code days} data days and in the {@code days} before them: {recent,
     * earlier}. Every feature's both spans from one read: the rule asks for each feature in turn.
     */
    public int[] usersInTwoSpans(String featureKey, int days) {
        LocalDate recentStart = asOf.minusDays(days - 1L);
        LocalDate earlierStart = recentStart.minusDays(days);
        Map<String, int[]> each = this.<Map<String, int[]>>cached("users:" + days, () -> use.users(List.of(
                new LocalDate[] {recentStart, asOf}, new LocalDate[] {earlierStart, recentStart.minusDays(1)})));
        return each.getOrDefault(featureKey, new int[2]).clone();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> compute) {
        Object value = computed.get(key);
        if (value == null) {
            value = compute.get();
            computed.put(key, value);
        }
        return (T) value;
    }
}
