package org.uptake.impact;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The relative difference in differences of pooled means: (adopters after ÷ before) ÷ (others
 * after ÷ before) − 1. A change both groups share (a season, a price change) cancels out; what is
 * left is the change among adopters beyond the others'. The 95% interval comes from a bootstrap
 * that resamples people (not events) within each group, since one person's events move together.
 */
public final class DifferenceInDifferences {

    static final int RESAMPLES = 1000;
    private final long seed;

    public DifferenceInDifferences(long seed) {
        this.seed = seed;
    }

    /** null when either group has no values in a window. */
    Estimate estimate(List<PersonWindows> adopters, List<PersonWindows> others) {
        double point = effect(adopters, others);
        if (Double.isNaN(point)) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] draws = new double[RESAMPLES];
        int n = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            double d = effect(resample(adopters, random), resample(others, random));
            if (!Double.isNaN(d)) {
                draws[n++] = d;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(draws, n);
        java.util.Arrays.sort(sorted);
        return new Estimate(point, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    static double effect(List<PersonWindows> adopters, List<PersonWindows> others) {
        double a = ratio(adopters);
        double o = ratio(others);
        return Double.isNaN(a) || Double.isNaN(o) || o == 0 ? Double.NaN : a / o - 1;
    }

    /** Pooled mean after ÷ pooled mean before. */
    static double ratio(List<PersonWindows> group) {
        double[] m = means(group);
        return Double.isNaN(m[0]) || Double.isNaN(m[1]) || m[0] == 0 ? Double.NaN : m[1] / m[0];
    }

    /** The group's pooled means {before, after}: every value counts once, whoever it came from; NaN for an empty window. */
    static double[] means(List<PersonWindows> group) {
        double sb = 0;
        double cb = 0;
        double sa = 0;
        double ca = 0;
        for (PersonWindows p : group) {
            sb += p.sumBefore();
            cb += p.countBefore();
            sa += p.sumAfter();
            ca += p.countAfter();
        }
        return new double[] {cb == 0 ? Double.NaN : sb / cb, ca == 0 ? Double.NaN : sa / ca};
    }

    private static List<PersonWindows> resample(List<PersonWindows> group, SplittableRandom random) {
        PersonWindows[] drawn = new PersonWindows[group.size()];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = group.get(random.nextInt(group.size()));
        }
        return java.util.Arrays.asList(drawn);
    }

    /** Linear interpolation between closest ranks. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = q * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /** A rate ratio − 1 of two Poisson counts over exposures, with the usual log-scale 95% interval. */
    public static Estimate rateChange(long before, double exposureBefore, long after, double exposureAfter) {
        if (before == 0 || after == 0 || exposureBefore <= 0 || exposureAfter <= 0) {
            return null;
        }
        double ratio = (after / exposureAfter) / (before / exposureBefore);
        double se = Math.sqrt(1.0 / before + 1.0 / after);
        return new Estimate(ratio - 1, ratio * Math.exp(-1.959963984540054 * se) - 1, ratio * Math.exp(1.959963984540054 * se) - 1);
    }
}
