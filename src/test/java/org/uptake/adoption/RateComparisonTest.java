package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The interval against the worked examples of Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10. */
class RateComparisonTest {

    private static void assertInterval(double low, double high, RateComparison c) {
        assertEquals(low, c.low(), 0.00005);
        assertEquals(high, c.high(), 0.00005);
    }

    @Test
    void newcombesExamples() {
        assertInterval(0.0524, 0.3339, RateComparison.of("a", 56, 70, 48, 80));
        assertInterval(0.1705, 0.8090, RateComparison.of("b", 9, 10, 3, 10));
    }

    @Test
    void aWindowWithNobodyAdoptingStillGetsAnInterval() {
        // Wilson for 0 of 10 is [0, 0.2775] and for 5 of 10 [0.2366, 0.7634]: -0.5 - sqrt(0.2634² + 0) and -0.5 + sqrt(0.2775² + 0.2366²).
        assertInterval(-0.5 - 0.26341, -0.5 + Math.hypot(0.27753, 0.5 - 0.23659), RateComparison.of("z", 0, 10, 5, 10));
    }

    @Test
    void nobodyToCountInAWindowMeansNoDifference() {
        RateComparison c = RateComparison.of("adoption", 3, 10, 0, 0);
        assertEquals(null, c.difference());
        assertEquals(null, c.low());
        assertEquals("not measurable: nobody to count in the other window", c.describeDifference());
    }

    @Test
    void describesTheDifferenceInPoints() {
        assertEquals("+20.0 points (95% CI +5.2 to +33.4)", RateComparison.of("a", 56, 70, 48, 80).describeDifference());
        assertEquals("+0.0 points (95% CI -37.3 to +37.3), not distinguishable from no change",
                RateComparison.of("a", 5, 10, 5, 10).describeDifference());
    }
}
