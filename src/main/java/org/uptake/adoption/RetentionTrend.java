package org.uptake.adoption;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.uptake.model.Figures;

/**
 * Whether adopters' weekly retention is falling: the Cochran–Armitage test for a trend in
 * proportions over the latest complete weeks (each week: adopters from before it who used the
 * feature in it, of all adopters from before it), one-sided for a decline.
 *
 * @param weeks  how many weeks the test read
 * @param first  retention in the first of them
 * @param last   retention in the last of them
 * @param z      the trend statistic (negative: falling)
 * @param p      the one-sided p-value of a decline (1 when nothing can be tested)
 */
public record RetentionTrend(int weeks, double first, double last, double z, double p) {

    /** A decline is called at this p-value or below. */
    public static final double ALPHA = 0.05;

    /** The test over the latest {@code span} weeks that had adopters before them (fewer than 3: nothing to test). */
    public static RetentionTrend of(List<AdopterRetention.Week> all, int span) {
        List<AdopterRetention.Week> weeks = all.stream().filter(w -> w.earlier() > 0).toList();
        weeks = weeks.subList(Math.max(0, weeks.size() - span), weeks.size());
        if (weeks.size() < 3) {
            double only = weeks.isEmpty() ? Double.NaN : weeks.get(weeks.size() - 1).retention();
            return new RetentionTrend(weeks.size(), weeks.isEmpty() ? Double.NaN : weeks.get(0).retention(), only, 0, 1);
        }
        // Weeks share people, so they are not independent samples; the test is a screen for a steady slide, not an exact p.
        double n = 0;
        double x = 0;
        for (AdopterRetention.Week w : weeks) {
            n += w.earlier();
            x += w.earlierUsing();
        }
        double pBar = x / n;
        double t = 0;
        double sumNt = 0;
        double sumNt2 = 0;
        for (int i = 0; i < weeks.size(); i++) {
            AdopterRetention.Week w = weeks.get(i);
            t += i * (w.earlierUsing() - w.earlier() * pBar);
            sumNt += w.earlier() * (double) i;
            sumNt2 += w.earlier() * (double) i * i;
        }
        double variance = pBar * (1 - pBar) * (sumNt2 - sumNt * sumNt / n);
        double z = variance <= 0 ? 0 : t / Math.sqrt(variance);
        double p = variance <= 0 ? 1 : new NormalDistribution().cumulativeProbability(z);
        return new RetentionTrend(weeks.size(), weeks.get(0).retention(), weeks.get(weeks.size() - 1).retention(), z, p);
    }

    public boolean declining() {
        return z < 0 && p <= ALPHA;
    }

    /** "adopters' weekly retention fell from 62% to 41% over 6 weeks (trend test p = 0.003)". */
    public String describe() {
        if (weeks < 3) {
            return "too few weeks of adopters to test retention (" + weeks + ")";
        }
        String verb = last < first ? "fell" : last > first ? "rose" : "held";
        return "adopters' weekly retention " + verb + " from " + Figures.percent(first, 0) + " to " + Figures.percent(last, 0) + " over "
                + weeks + " weeks (trend test " + (p < 0.001 ? "p < 0.001" : "p = " + Figures.decimal(p, 3)) + ")";
    }
}
