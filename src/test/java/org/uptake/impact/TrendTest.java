package org.uptake.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trend is claimed only from enough counts and a test; "struggling 1% (rising 750%)" from a handful is gone. */
class TrendTest {

    @Test
    void aHandfulOfSignalsIsTooFewToTell() {
        // Before the fix: "rising 700%" from one signal against eight.
        assertEquals("too few to tell (1 → 8 signals)", Trend.counts(1, 8, "signals"));
        assertEquals("none", Trend.counts(0, 0, "signals"));
    }

    @Test
    void enoughSignalsAreTestedBeforeAChangeIsNamed() {
        // 30 of 40 in the recent window: exact two-sided binomial p ≈ 0.002 under equal rates.
        assertEquals("rising 200% (10 → 30 signals)", Trend.counts(10, 30, "signals"));
        assertEquals("falling 67% (30 → 10 signals)", Trend.counts(30, 10, "signals"));
        // 22 of 40: p ≈ 0.64, a 22% rise that chance explains.
        assertEquals("no clear change (18 → 22 signals)", Trend.counts(18, 22, "signals"));
        assertEquals("new (0 → 25 signals)", Trend.counts(0, 25, "signals"));
    }

    @Test
    void weeklyUseNamesASlopeOnlyBeyondChance() {
        assertEquals("too new to tell", Trend.weekly(List.of(5, 9)));
        assertEquals("too few to tell", Trend.weekly(List.of(1, 2, 3)), "6 people-weeks; the old slope said growing 50% a week");
        assertEquals("no clear trend", Trend.weekly(List.of(100, 100, 100, 100)));
        // Slope 10 a week on a mean of 120: z = 10 / √(120 / 10) ≈ 2.9.
        assertEquals("growing 8% a week", Trend.weekly(List.of(100, 110, 120, 130, 140)));
        // Slope 3 on a mean of 103: z = 3 / √(103 / 2) ≈ 0.4.
        assertEquals("no clear trend", Trend.weekly(List.of(100, 103, 106)));
    }
}
