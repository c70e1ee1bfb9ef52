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
}
