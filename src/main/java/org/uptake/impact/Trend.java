package org.uptake.impact;

import java.util.List;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.uptake.model.Figures;

/**
 * Trend claims that hold up (DESIGN §5): a change is named only when there are enough counts and a
 * test says it is unlikely to be chance; otherwise the words say so ("too few to tell", "no clear change").
 */
final class Trend {

    /** Fewer counts than this in the two windows together cannot carry a trend claim. */
    static final int MIN_COUNT = 20;
    static final double ALPHA = 0.05;

    private Trend() {
    }

    /**
     * Counts in two windows of equal length, earlier and recent. Under no change each of the
     * {@code before + recent} counts falls in either window with probability ½ (the Poisson rate
     * comparison conditioned on the total), so an exact two-sided binomial test decides.
     */
    static String counts(long before, long recent, String unit) {
        long n = before + recent;
        String counts = Figures.count(before) + " → " + Figures.count(recent) + " " + unit;
        if (n < MIN_COUNT) {
            return n == 0 ? "none" : "too few to tell (" + counts + ")";
        }
        double p = new BinomialTest().binomialTest((int) n, (int) recent, 0.5, AlternativeHypothesis.TWO_SIDED);
        if (p >= ALPHA) {
            return "no clear change (" + counts + ")";
        }
        if (before == 0) {
            return "new (" + counts + ")";
        }
        double change = recent / (double) before - 1;
        return (change > 0 ? "rising " : "falling ") + Figures.percent(Math.abs(change), 0) + " (" + counts + ")";
    }

    /**
     * The least-squares slope of the last 8 complete weeks, relative to their mean, per week. Weekly
     * counts vary like Poisson counts, so under no trend the slope's variance is mean ÷ Σ(x − x̄)²; the
     * slope is named only when it is beyond 1.96 standard errors and the weeks hold enough people.
     */
    static String weekly(List<Integer> users) {
        List<Integer> last = users.subList(Math.max(0, users.size() - 8), users.size());
        if (last.size() < 3) {
            return "too new to tell";
        }
        double meanX = (last.size() - 1) / 2.0;
        double meanY = last.stream().mapToInt(Integer::intValue).average().orElse(0);
        if (meanY * last.size() < MIN_COUNT) {
            return "too few to tell";
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < last.size(); i++) {
            num += (i - meanX) * (last.get(i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        double slope = num / den;
        double z = slope / Math.sqrt(meanY / den);
        double perWeek = slope / meanY;
        if (Math.abs(z) < 1.96) {
            return "no clear trend";
        }
        return (perWeek > 0 ? "growing " : "shrinking ") + Figures.percent(Math.abs(perWeek), 0) + " a week";
    }
}
