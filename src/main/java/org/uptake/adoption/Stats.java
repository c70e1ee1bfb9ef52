package org.uptake.adoption;

/** The order statistics DESIGN §5 names, on sorted values. */
final class Stats {

    private Stats() {
    }

    /** The median; for an even count, the mean of the two middle values. NaN when empty. */
    static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 75th percentile, interpolating linearly between closest ranks. NaN when empty. */
    static double p75(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double rank = 0.75 * (n - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(n - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }

    static double rate(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
