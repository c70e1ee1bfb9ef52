package org.uptake.watch;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/** The tests the rules use, one-sided because every rule asks whether something got worse. */
final class Significance {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Significance() {
    }

    /** P of seeing a rate this much higher in the recent group if both groups shared one rate (pooled two-proportion z-test). */
    static double higher(long recentHits, long recentN, long earlierHits, long earlierN) {
        if (recentN == 0 || earlierN == 0) {
            return 1;
        }
        double pooled = (recentHits + earlierHits) / (double) (recentN + earlierN);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / recentN + 1.0 / earlierN));
        if (se == 0) {
            return 1;
        }
        double z = (recentHits / (double) recentN - earlierHits / (double) earlierN) / se;
        return 1 - NORMAL.cumulativeProbability(z);
    }

    /** P of so few hits out of n if the true rate were {@code rate} (exact binomial). */
    static double fewer(int hits, int n, double rate) {
        if (n == 0 || rate <= 0) {
            return 1;
        }
        return new BinomialTest().binomialTest(n, hits, Math.min(1, rate), AlternativeHypothesis.LESS_THAN);
    }

    /**
     * P of a recent count this low against an earlier count of the same length: under no change each
     * of the counts falls in either window with probability ½ (the Poisson comparison given the total).
     */
    static double fell(long earlier, long recent) {
        long n = earlier + recent;
        return n == 0 ? 1 : new BinomialTest().binomialTest((int) n, (int) recent, 0.5, AlternativeHypothesis.LESS_THAN);
    }

    /** "p = 0.003" in Uptake's one locale; below 0.001 as "p < 0.001". */
    static String describe(double p, String test) {
        return (p < 0.001 ? "p < 0.001" : String.format(Locale.ENGLISH, "p = %.3f", p)) + " (" + test + ")";
    }
}
