package org.uptake.model;

/**
 * DESIGN §5's median and 75th percentile of sorted values, one definition for the analyses and
 * the sample's truth: NaN when there are none.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 75th percentile, interpolating linearly between closest ranks (R's type 7, Excel's PERCENTILE). */
    public static double p75(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double rank = 0.75 * (n - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(n - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
