package org.uptake.adoption;

import java.util.Locale;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.uptake.model.Figures;

/**
 * One share measured in two windows, the difference (current minus other) and its 95% interval by
 * Newcombe's hybrid score method (his method 10: the Wilson score interval of each share, combined),
 * which stays inside [-1, 1] and behaves at small counts and at 0% or 100%, where the simple Wald
 * interval does not. The windows are taken as independent samples; someone counted in both makes
 * the interval somewhat wider than it needs to be, never narrower, when their two answers agree.
 *
 * @param difference null when either window has nobody to count (as are {@code low} and {@code high})
 */
public record RateComparison(String name, Rate current, Rate other, Double difference, Double low, Double high) {

    /** How the interval is made, in the words the CLI, the JSON and the screens show. */
    public static final String METHOD = "95% interval of the difference by Newcombe's hybrid score method (Wilson score intervals"
            + " of each window combined; the windows taken as independent samples)";
    static final double CONFIDENCE = 0.95;

    /** {@code count} of {@code of} people, and their share (0 when nobody). */
    public record Rate(int count, int of, double rate) {

        public static Rate of(int count, int of) {
            return new Rate(count, of, of == 0 ? 0 : count / (double) of);
        }

        /** "32.6% (636 of 1,951)", or "nobody to count". */
        public String describe() {
            return of == 0 ? "nobody to count" : Figures.percent(rate, 1) + " (" + Figures.count(count) + " of " + Figures.count(of) + ")";
        }
    }

    public static RateComparison of(String name, int count, int of, int otherCount, int otherOf) {
        Rate a = Rate.of(count, of);
        Rate b = Rate.of(otherCount, otherOf);
        if (of == 0 || otherOf == 0) {
            return new RateComparison(name, a, b, null, null, null);
        }
        double[] wa = wilson(count, of);
        double[] wb = wilson(otherCount, otherOf);
        double d = a.rate() - b.rate();
        double low = d - Math.sqrt(square(a.rate() - wa[0]) + square(wb[1] - b.rate()));
        double high = d + Math.sqrt(square(wa[1] - a.rate()) + square(b.rate() - wb[0]));
        return new RateComparison(name, a, b, d, Math.max(-1, low), Math.min(1, high));
    }

    private static double[] wilson(int count, int of) {
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(of, count, CONFIDENCE);
        return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
    }

    private static double square(double x) {
        return x * x;
    }

    /** True when the interval leaves out no change at all. */
    public boolean changed() {
        return difference != null && (low > 0 || high < 0);
    }

    /** "+4.2 points (95% CI −1.0 to +9.3)", or "not measurable: nobody to count in a window". */
    public String describeDifference() {
        if (difference == null) {
            return "not measurable: nobody to count in " + (current.of() == 0 ? "the current window" : "the other window");
        }
        return String.format(Locale.ROOT, "%s points (95%% CI %s to %s)%s", points(difference), points(low), points(high),
                changed() ? "" : ", not distinguishable from no change");
    }

    private static String points(double d) {
        return String.format(Locale.ROOT, "%+.1f", 100 * d);
    }
}
