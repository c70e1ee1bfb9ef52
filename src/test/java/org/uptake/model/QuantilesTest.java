package org.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §5's median and p75, worked out by hand. */
class QuantilesTest {

    @Test
    void anEvenCountsMedianIsTheMeanOfTheTwoMiddleValuesAndP75InterpolatesBetweenRanks() {
        double[] days = {1, 2, 3, 10};

        // Median (2 + 3) / 2; p75 at rank 0.75 · 3 = 2.25: 3 + 0.25 · (10 − 3) = 4.75.
        assertEquals(List.of(2.5, 4.75), List.of(Quantiles.median(days), Quantiles.p75(days)));
    }

    @Test
    void anOddCountsMedianIsTheMiddleValueAndNothingHasNone() {
        assertEquals(List.of(5.0, 7.0), List.of(Quantiles.median(new double[] {1, 5, 9}), Quantiles.p75(new double[] {1, 5, 9})));
        assertEquals(List.of(Double.NaN, Double.NaN), List.of(Quantiles.median(new double[0]), Quantiles.p75(new double[0])));
    }

    @Test
    void selectionGivesWhatSortingGivesOnRandomValuesWithTiesAndNegatives() {
        java.util.Random random = new java.util.Random(20);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(round < 1_000 ? 12 : 3_000);
            int spread = 1 + random.nextInt(50);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextBoolean() ? random.nextInt(spread) - spread / 3 : random.nextGaussian() * spread;
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);

            double[] found = Quantiles.medianAndP75(values);

            assertEquals(List.of(Quantiles.median(sorted), Quantiles.p75(sorted)), List.of(found[0], found[1]), "n " + n);
            java.util.Arrays.sort(values);
            org.junit.jupiter.api.Assertions.assertArrayEquals(sorted, values, "the values are moved, none lost");
        }
        double[] same = new double[10_001];
        java.util.Arrays.fill(same, 4.5);
        assertEquals(List.of(4.5, 4.5), List.of(Quantiles.medianAndP75(same)[0], Quantiles.medianAndP75(same)[1]));
        assertEquals(List.of(Double.NaN, Double.NaN), List.of(Quantiles.medianAndP75(new double[0])[0],
                Quantiles.medianAndP75(new double[0])[1]));
    }
}
