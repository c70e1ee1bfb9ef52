package org.uptake.extract;

import java.util.Locale;

/**
 * A share estimated from a uniform sample of people (an extract's person-level figures), with a
 * 95% Wilson interval narrowed by the finite-population correction: a sample of everyone gives
 * the exact share and an interval of width zero.
 */
public record SampledRate(int hits, int people, double fraction, double estimate, double low, double high) {

    private static final double Z95 = 1.959964;

    /** {@code hits} of {@code people} sampled people, the sample being {@code fraction} of all people. */
    public static SampledRate of(int hits, int people, double fraction) {
        if (people == 0) {
            return new SampledRate(0, 0, fraction, Double.NaN, 0, 1);
        }
        double p = hits / (double) people;
        double z = Z95 * Math.sqrt(Math.max(0, 1 - fraction));
        double z2 = z * z;
        double centre = (p + z2 / (2.0 * people)) / (1 + z2 / people);
        double half = z / (1 + z2 / people) * Math.sqrt(p * (1 - p) / people + z2 / (4.0 * people * people));
        return new SampledRate(hits, people, fraction, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public boolean covers(double share) {
        return share >= low - 1e-12 && share <= high + 1e-12;
    }

    /** E.g. "34% (95% interval 29–39%; sample of 40 people, 10% of everyone)". */
    public String label() {
        return String.format(Locale.ROOT, "%.0f%% (95%% interval %.0f–%.0f%%; sample of %,d people, %.3g%% of everyone)",
                100 * estimate, 100 * low, 100 * high, people, 100 * fraction);
    }
}
