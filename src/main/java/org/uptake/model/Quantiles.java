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

    /**
     * {@link #median} and {@link #p75} of values in any order (NaN-free), without sorting them all: each is found by
     * selection, which moves {@code values} around. A summary's times to first use are hundreds of thousands of
     * values at a million people, and sorting them was a tenth of its count.
     */
    public static double[] medianAndP75(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double median = n % 2 == 1 ? select(values, n / 2) : (select(values, n / 2 - 1) + nextAbove(values, n / 2 - 1)) / 2;
        double rank = 0.75 * (n - 1);
        int low = (int) Math.floor(rank);
        double lowValue = select(values, low);
        double highValue = low + 1 < n ? nextAbove(values, low) : lowValue;
        return new double[] {median, lowValue + (rank - low) * (highValue - lowValue)};
    }

    /** The smallest of {@code values[k + 1..]}, after {@link #select} put the k-th smallest at k: the (k+1)-th smallest. */
    private static double nextAbove(double[] values, int k) {
        double min = values[k + 1];
        for (int i = k + 2; i < values.length; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }

    /**
     * The k-th smallest (0-based) of {@code values}, left at index k with nothing larger before it and nothing smaller
     * after it (Hoare's selection, the middle of three as pivot).
     */
    static double select(double[] values, int k) {
        int left = 0;
        int right = values.length - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            double pivot = middleOf(values[left], values[mid], values[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            // [left, j] holds nothing above the pivot, [i, right] nothing below it, and between them only the pivot.
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static double middleOf(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
