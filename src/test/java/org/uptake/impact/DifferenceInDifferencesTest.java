package org.uptake.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The impact statistics on groups with known answers: a planted effect is recovered, a null one is not claimed, a shared season cancels. */
class DifferenceInDifferencesTest {

    /** People with 10 values before and 10 after, around {@code before} and {@code after} (±20% uniform noise, seeded). */
    private static List<PersonWindows> group(int people, double before, double after, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PersonWindows> group = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            double person = 0.7 + 0.6 * random.nextDouble();
            double sb = 0;
            double sa = 0;
            for (int k = 0; k < 10; k++) {
                sb += before * person * (0.8 + 0.4 * random.nextDouble());
                sa += after * person * (0.8 + 0.4 * random.nextDouble());
            }
            group.add(new PersonWindows(sb, 10, sa, 10));
        }
        return group;
    }

    @Test
    void aPlantedEffectIsRecoveredInsideItsInterval() {
        Estimate e = new DifferenceInDifferences(7).estimate(group(300, 100, 80, 1), group(600, 100, 100, 2));
        assertTrue(e.contains(-0.20), e.toString());
        assertTrue(e.excludesZero());
        assertEquals(-0.20, e.value(), 0.03);
        assertTrue(e.high() - e.low() < 0.08, "a usable interval: " + e);
    }

    @Test
    void noEffectIsRarelyClaimed() {
        // With no effect, a 95% interval still excludes zero about 1 time in 20: over 40 different
        // data sets it may do so a few times, not often.
        int claimed = 0;
        for (int i = 0; i < 40; i++) {
            Estimate e = new DifferenceInDifferences(7).estimate(group(300, 100, 100, 100 + i), group(600, 100, 100, 200 + i));
            if (e.excludesZero()) {
                claimed++;
            }
        }
        assertTrue(claimed <= 5, claimed + " of 40 null data sets claimed an effect");
        Estimate one = new DifferenceInDifferences(7).estimate(group(300, 100, 100, 3), group(600, 100, 100, 5));
        assertFalse(one.excludesZero(), one.toString());
    }

    @Test
    void theIntervalCoversAPlantedEffectAboutNineTimesInTen() {
        int covered = 0;
        for (int i = 0; i < 40; i++) {
            if (new DifferenceInDifferences(7).estimate(group(300, 100, 85, 300 + i), group(600, 100, 100, 400 + i)).contains(-0.15)) {
                covered++;
            }
        }
        assertTrue(covered >= 34, covered + " of 40 intervals cover the planted −15%");
    }

    @Test
    void aChangeBothGroupsShareCancelsOut() {
        // A season lifts everyone by 30%; the feature lowers adopters' value by a further 10%.
        Estimate e = new DifferenceInDifferences(7).estimate(group(300, 100, 130 * 0.9, 5), group(600, 100, 130, 6));
        assertTrue(e.contains(-0.10), e.toString());
        assertEquals(-0.10, e.value(), 0.03);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        List<PersonWindows> a = group(100, 100, 90, 8);
        List<PersonWindows> o = group(100, 100, 100, 9);
        assertEquals(new DifferenceInDifferences(7).estimate(a, o), new DifferenceInDifferences(7).estimate(a, o));
    }

    @Test
    void ticketRatesUseAPoissonInterval() {
        // The sample's truth: 137 tickets over 2,847 active people × 4 weeks, then 54 over 2,780 × 2.
        Estimate e = DifferenceInDifferences.rateChange(137, 2847.0 * 4, 54, 2780.0 * 2);
        assertEquals(-0.19267972483327211, e.value(), 1e-12);
        double se = Math.sqrt(1 / 137.0 + 1 / 54.0);
        assertEquals(0.80732027516672789 * Math.exp(-1.959963984540054 * se) - 1, e.low(), 1e-12);
        assertEquals(0.80732027516672789 * Math.exp(1.959963984540054 * se) - 1, e.high(), 1e-12);
        assertEquals(null, DifferenceInDifferences.rateChange(0, 10, 5, 10), "no tickets before: no rate to compare");
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        assertEquals(2.5, DifferenceInDifferences.percentile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(1.075, DifferenceInDifferences.percentile(new double[] {1, 2, 3, 4}, 0.025), 1e-12);
    }

    @Test
    void wholeWeeksOnBothSidesOfLaunch() {
        java.time.LocalDate launch = java.time.LocalDate.of(2026, 3, 2);
        assertEquals(List.of(4, 2), toList(MetricMeasure.weeks(launch, java.time.LocalDate.of(2025, 12, 23), java.time.LocalDate.of(2026, 3, 16))));
        assertEquals(List.of(3, 0), toList(MetricMeasure.weeks(launch, java.time.LocalDate.of(2026, 2, 5), java.time.LocalDate.of(2026, 3, 7))));
    }

    private static List<Integer> toList(int[] a) {
        return List.of(a[0], a[1]);
    }
    @Test
    void theIntervalIsTheTextbookBootstrapsToTheLastBit() {
        // Groups of uneven counts (a property's values, some people with none after), so the pooled means weigh people.
        List<PersonWindows> adopters = new ArrayList<>(group(257, 100, 90, 11));
        adopters.add(new PersonWindows(40, 3, 0, 0));
        List<PersonWindows> others = new ArrayList<>(group(411, 100, 100, 12));
        others.add(new PersonWindows(0, 0, 75, 2));
        Estimate fast = new DifferenceInDifferences(5).estimate(adopters, others);

        // The bootstrap as written in a textbook: a list of the people drawn, adopters then others, then its pooled means.
        SplittableRandom random = new SplittableRandom(5);
        double[] draws = new double[DifferenceInDifferences.RESAMPLES];
        int n = 0;
        for (int b = 0; b < DifferenceInDifferences.RESAMPLES; b++) {
            List<PersonWindows> a = new ArrayList<>();
            for (int i = 0; i < adopters.size(); i++) {
                a.add(adopters.get(random.nextInt(adopters.size())));
            }
            List<PersonWindows> o = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                o.add(others.get(random.nextInt(others.size())));
            }
            double d = DifferenceInDifferences.effect(a, o);
            if (!Double.isNaN(d)) {
                draws[n++] = d;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(draws, n);
        java.util.Arrays.sort(sorted);
        assertEquals(DifferenceInDifferences.effect(adopters, others), fast.value());
        assertEquals(DifferenceInDifferences.percentile(sorted, 0.025), fast.low());
        assertEquals(DifferenceInDifferences.percentile(sorted, 0.975), fast.high());
    }
}
