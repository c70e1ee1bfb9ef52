package org.uptake.adoption;

import org.uptake.model.Quantiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.model.Figures;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * Targets from history: how this workspace's past launches adopted (their curves at 7–90 days),
 * where a proposed target sits among them, and a suggestion at their median and 75th percentile.
 * A past launch is a feature launched at least {@link #PAST_AFTER_DAYS} data days before the
 * data's last day, and not before the data starts (its early adoption would be unseen).
 */
public final class TargetHistory {

    /** A launch younger than this (in data days) is still running, not yet history. */
    public static final int PAST_AFTER_DAYS = 30;

    private final FeatureQueries list;
    private final FeatureDefinitions definitions;
    private final AdoptionQueries queries;
    /** Every launch's curve, read once per data version: picking another feature on the screen reads nothing again. */
    private final Cached<Boolean, List<LaunchCurve>> curves;

    /** Past launches of {@code workspace}'s features. */
    public TargetHistory(Workspace workspace, Cached<FeaturePeople.Window, FeaturePeople> people) {
        this.curves = new Cached<>(workspace, 1);
        this.list = new FeatureQueries(workspace);
        this.definitions = new FeatureDefinitions(workspace);
        this.queries = new AdoptionQueries(workspace, people);
    }

    /** Every launch's curve (past and still running), oldest launch first: target against achieved for each. */
    public List<LaunchCurve> launches() {
        return curves.get(Boolean.TRUE, all -> read());
    }

    private List<LaunchCurve> read() {
        LocalDate[] days = dataDays();
        LaunchCurves reader = new LaunchCurves(queries);
        List<LaunchCurve> all = new ArrayList<>();
        for (FeatureRef ref : list.list()) {
            definitions.find(ref.key()).ifPresent(f -> all.add(reader.curve(f, days[0], days[1])));
        }
        all.sort(Comparator.comparing(LaunchCurve::launchedAt).thenComparing(LaunchCurve::featureKey));
        return List.copyOf(all);
    }

    /** One feature's launch curve, from the launches read once per data version. */
    public LaunchCurve curve(String featureKey) {
        return launches().stream().filter(c -> c.featureKey().equals(featureKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No feature '" + featureKey + "' in this workspace; import its features.json first."));
    }

    /** The past launches among {@code launches}: old enough, and launched on or after the data's first day. */
    public List<LaunchCurve> past(List<LaunchCurve> launches) {
        return launches.stream().filter(c -> c.daysOfData() >= PAST_AFTER_DAYS && !c.beforeData()).toList();
    }

    /**
     * Where {@code proposed} (null: the feature's own target) sits among the past launches at
     * {@code horizon} days (null: the horizon nearest the feature's target window), the feature itself left out.
     */
    public TargetAdvice advise(String featureKey, Double proposed, Integer horizon) {
        Feature feature = feature(featureKey);
        return advise(feature, proposed == null ? feature.adoption().target() : proposed,
                horizon == null ? nearestHorizon(feature.adoption().withinDays()) : checked(horizon), past(launches()));
    }

    /** The advice for a feature against past launches already read (the editor may pass a definition not yet saved). */
    public static TargetAdvice advise(Feature feature, double proposed, int horizon, List<LaunchCurve> past) {
        List<String> keys = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (LaunchCurve c : past) {
            LaunchCurve.Point p = c.at(horizon);
            if (!c.featureKey().equals(feature.key()) && !p.censored()) {
                keys.add(c.featureKey());
                rates.add(p.rate());
            }
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int below = (int) Arrays.stream(sorted).filter(r -> r < proposed).count();
        String at = horizon + " days";
        if (sorted.length < TargetAdvice.MIN_LAUNCHES) {
            String verdict = "Fewer than " + TargetAdvice.MIN_LAUNCHES + " past launches with " + at + " of data (" + sorted.length
                    + "): too few to suggest a target.";
            return new TargetAdvice(feature.key(), horizon, proposed, keys, rates, below, null, null, verdict, null);
        }
        double best = sorted[sorted.length - 1];
        String warning = best < proposed ? "No past launch reached " + Figures.percent(proposed, 0) + " by day " + horizon + " (best "
                + Figures.percent(best, 1) + ")." : null;
        String verdict = Figures.percent(proposed, 0) + " is more ambitious than " + below + " of your " + sorted.length
                + " past launches at " + at + ".";
        return new TargetAdvice(feature.key(), horizon, proposed, keys, rates, below, Quantiles.median(sorted), Quantiles.p75(sorted), verdict,
                warning);
    }

    /** The feature, or a clear message naming the key that is not defined. */
    public Feature feature(String key) {
        return AdoptionAnalysis.feature(definitions, key);
    }

    /** The horizon closest to a target window (the shorter one on a tie). */
    public static int nearestHorizon(int withinDays) {
        return LaunchCurve.HORIZONS.stream().min(Comparator.comparingInt((Integer h) -> Math.abs(h - withinDays))).orElseThrow();
    }

    private static int checked(int horizon) {
        if (!LaunchCurve.HORIZONS.contains(horizon)) {
            throw new IllegalArgumentException("--horizon must be one of " + LaunchCurve.HORIZONS + " days (got " + horizon + ")");
        }
        return horizon;
    }

    private LocalDate[] dataDays() {
        LocalDate[] days = queries.dataDays();
        if (days == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        return days;
    }
}
