package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

/** The Fisher tail gives exactly (to the bit) what Commons Math's upper cumulative probability gives, at small and large sizes. */
class FisherTailTest {

    @Test
    void equalsCommonsMathToTheBit() {
        int checked = 0;
        for (int population : new int[] {1, 7, 40, 1_000, 60_000, 400_000}) {
            for (double successShare : new double[] {0, 0.01, 0.05, 0.3, 0.9, 1}) {
                int successes = (int) Math.round(population * successShare);
                for (double sampleShare : new double[] {0.001, 0.1, 0.5, 1}) {
                    int sample = Math.max(1, (int) Math.round(population * sampleShare));
                    double mean = sample * (double) successes / population;
                    for (int x : new int[] {-1, 0, 1, (int) mean, (int) (mean * 1.2) + 1, (int) (mean * 2) + 3, Math.min(successes, sample),
                        Math.min(successes, sample) + 1}) {
                        double expected = new HypergeometricDistribution(null, population, successes, sample).upperCumulativeProbability(x);
                        double actual = FisherTail.upper(population, successes, sample, x);
                        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                                () -> population + " " + successes + " " + sample + " " + x + ": " + expected + " against " + actual);
                        checked++;
                    }
                }
            }
        }
        assertEquals(6 * 6 * 4 * 8, checked);
    }

    @Test
    void theTermsAboveTheLastNonZeroOneAreZero() {
        // A group of 50,000 among 400,000 people, 21,000 of them struggling: most of the 21,000 terms underflow.
        HypergeometricDistribution d = new HypergeometricDistribution(null, 400_000, 21_000, 50_000);
        int mode = FisherTail.mode(400_000, 21_000, 50_000);
        assertEquals(true, d.probability(mode) > 0);
        assertEquals(0.0, d.probability(21_000));
        assertEquals(Double.doubleToLongBits(d.upperCumulativeProbability(2_700)), Double.doubleToLongBits(FisherTail.upper(400_000, 21_000, 50_000, 2_700)));
    }
}
