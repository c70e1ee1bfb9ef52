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
        double[] a = columns(adopters);
        double[] o = columns(others);
        double[] draws = new double[RESAMPLES];
        int n = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            // The adopters' draws, then the others': the random numbers are used in that order.
            double ra = resampledRatio(a, random);
            double ro = resampledRatio(o, random);
            double d = effect(ra, ro);
            if (!Double.isNaN(d)) {
                draws[n++] = d;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(draws, n);
        java.util.Arrays.sort(sorted);
        return new Estimate(point, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    static double effect(List<PersonWindows> adopters, List<PersonWindows> others) {
        return effect(ratio(adopters), ratio(others));
    }

    /** The adopters' ratio against the others', − 1; NaN when either is missing or the others' is zero. */
    private static double effect(double adopters, double others) {
        return Double.isNaN(adopters) || Double.isNaN(others) || others == 0 ? Double.NaN : adopters / others - 1;
    }

    /** Pooled mean after ÷ pooled mean before. */
    static double ratio(List<PersonWindows> group) {
        double[] m = means(group);
        return ratio(m[0], m[1]);
    }

    /** A pooled mean; NaN for an empty window. */
    private static double mean(double sum, double count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double ratio(double before, double after) {
        return Double.isNaN(before) || Double.isNaN(after) || before == 0 ? Double.NaN : after / before;
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
        return new double[] {mean(sb, cb), mean(sa, ca)};
    }

    /** Each person's {sum before, count before, sum after, count after}, side by side: a draw reads one place. */
    private static double[] columns(List<PersonWindows> group) {
        double[] v = new double[group.size() * 4];
        for (int i = 0; i < group.size(); i++) {
            PersonWindows p = group.get(i);
            v[4 * i] = p.sumBefore();
            v[4 * i + 1] = p.countBefore();
            v[4 * i + 2] = p.sumAfter();
            v[4 * i + 3] = p.countAfter();
        }
        return v;
    }

    /**
     * {@link #ratio} of one bootstrap resample of the group: as many people drawn with replacement as it has, summed as
     * they are drawn. The same draws and the same sums, in the same order, as a resampled list summed by {@link #means}
     * (so the same interval to the last bit), without a list of the drawn people per resample: at a million people
     * those lists were most of an impact report's time.
     */
    private static double resampledRatio(double[] columns, SplittableRandom random) {
        int n = columns.length / 4;
        double sb = 0;
        double cb = 0;
        double sa = 0;
        double ca = 0;
        for (int i = 0; i < n; i++) {
            int k = 4 * random.nextInt(n);
            sb += columns[k];
            cb += columns[k + 1];
            sa += columns[k + 2];
            ca += columns[k + 3];
        }
        return ratio(mean(sb, cb), mean(sa, ca));
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
