package org.uptake.struggle;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The one-sided Fisher exact test's p-value: P(X ≥ x) for X hypergeometric, summed as Commons Math's
 * {@code upperCumulativeProbability} sums it (from the top of the domain down to x), but starting at the last term
 * that is not zero. At a million people most of a large group's terms are below the smallest double and add exactly
 * nothing, yet each cost three logarithms: finding where they stop by bisection instead was most of the clusters' time.
 */
final class FisherTail {

    private FisherTail() {
    }

    /** P(X ≥ x) for X the number of successes in {@code sample} draws from {@code population} holding {@code successes}. */
    static double upper(int population, int successes, int sample, int x) {
        HypergeometricDistribution d = new HypergeometricDistribution(null, population, successes, sample);
        int low = Math.max(0, sample + successes - population);
        int high = Math.min(successes, sample);
        if (x <= low) {
            return 1.0;
        }
        if (x > high) {
            return 0.0;
        }
        int top = lastNonZero(d, Math.max(x, mode(population, successes, sample)), high);
        if (top < x) {
            return 0.0;
        }
        // The same sum, in the same order, as upperCumulativeProbability: the terms above top are exactly 0.0.
        double sum = d.probability(top);
        for (int i = top - 1; i >= x; i--) {
            sum += d.probability(i);
        }
        return sum;
    }

    /** The mode, above which the probabilities only fall. */
    static int mode(int population, int successes, int sample) {
        return (int) Math.floor((sample + 1.0) * (successes + 1.0) / (population + 2.0));
    }

    /** The highest i in [from, high] whose probability is not zero (from - 1 when none is), the probabilities falling over it. */
    private static int lastNonZero(HypergeometricDistribution d, int from, int high) {
        if (d.probability(high) > 0) {
            return high;
        }
        if (d.probability(from) == 0) {
            return from - 1;
        }
        int nonZero = from;
        int zero = high;
        while (zero - nonZero > 1) {
            int mid = nonZero + (zero - nonZero) / 2;
            if (d.probability(mid) > 0) {
                nonZero = mid;
            } else {
                zero = mid;
            }
        }
        return nonZero;
    }
}
