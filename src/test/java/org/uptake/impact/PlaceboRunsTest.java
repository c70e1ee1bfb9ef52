package org.uptake.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.uptake.model.Progress;

/**
 * The false-claim and recovery logic on hand-built metric histories where the answer is known: 40
 * adopters (people 1–40) and 40 others (41–80), a value every day for 70 days before launch.
 */
class PlaceboRunsTest {

    static final int DAYS = 70;

    /** Each person's daily value: their own level, times {@code 1 + drift × day} for adopters, with ±20% noise. */
    static MetricHistory history(double adopterDriftPerDay, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Int2ObjectOpenHashMap<double[]> values = new Int2ObjectOpenHashMap<>();
        Int2ObjectOpenHashMap<int[]> active = new Int2ObjectOpenHashMap<>();
        for (int person = 1; person <= 80; person++) {
            double level = 50 + random.nextDouble(100);
            double[] cells = new double[2 * DAYS];
            for (int d = 0; d < DAYS; d++) {
                double trend = person <= 40 ? 1 + adopterDriftPerDay * d : 1;
                cells[2 * d] = level * trend * (0.8 + 0.4 * random.nextDouble());
                cells[2 * d + 1] = 1;
            }
            values.put(person, cells);
            int[] days = new int[DAYS];
            Arrays.setAll(days, d -> d);
            active.put(person, days);
        }
        return new MetricHistory(DAYS, false, values, active);
    }

    private static MetricValidation run(MetricHistory h, double lift) {
        return PlaceboRuns.run("Session time", h, p -> p <= 40, DAYS, 2, lift, 7L, Progress.NONE);
    }

    @Test
    void withNoEffectClaimsAreRareAndABigInjectedEffectIsRecovered() {
        MetricValidation v = run(history(0, 1L), 0.5);
        assertEquals(30, v.placebos());
        assertEquals(3, v.claims(), "nothing launched: a 95% interval claims a change at few dates (neighbouring dates share days)");
        assertEquals(27, v.recovered());
        assertEquals(30, v.detected(), "a 50% change is claimed at every date");
        assertEquals(0.1, v.falseClaimRate(), 1e-12);
        assertEquals(0.9, v.recoveryRate(), 1e-12);
        assertTrue(v.meetsBar());
        assertTrue(v.sentence().startsWith("Session time: at 30 placebo launch dates before launch, where nothing launched, a change"
                + " was claimed at 3 (false-claim rate 10%); a +50.0% change injected into a copy of the data was recovered by the 95%"
                + " interval at 27 of 30 (recovery rate 90%) and claimed at 30. Meets the 80% accuracy bar."), v.sentence());
    }

    @Test
    void groupsDriftingApartBeforeLaunchMakeFalseClaimsAndMissTheBar() {
        MetricValidation v = run(history(0.01, 1L), -0.1);
        assertEquals(30, v.claims(), "adopters' values rise 1% a day: every placebo date 'finds' a change");
        assertEquals(0, v.recovered(), "the drift adds to the injected change, so the interval misses it");
        assertFalse(v.meetsBar());
        assertTrue(v.sentence().endsWith("Misses the 80% accuracy bar: read this metric's claims with care."), v.sentence());
    }

    @Test
    void injectingNothingRecoversNothingMoreThanThePlaceboShows() {
        MetricValidation v = run(history(0, 1L), 0);
        assertEquals(v.placebos() - v.claims(), v.recovered(), "a zero change is recovered exactly where no claim is made");
    }

    @Test
    void dataTooShortBeforeLaunchIsSaidPlainly() {
        MetricValidation v = PlaceboRuns.run("Session time", history(0, 1L), p -> p <= 40, 40, 2, 0.1, 7L, Progress.NONE);
        assertFalse(v.validated());
        assertEquals("Session time: not validated — the data before launch is too short for 30 placebo launch dates: it holds 40"
                + " days, and each placebo needs a week of data before it and 2 weeks after it, all before launch, so only 20 dates"
                + " are possible.", v.sentence());
        assertTrue(Double.isNaN(v.falseClaimRate()));
    }

    @Test
    void placeboDatesAreSeededDistinctAndLeaveRoomBeforeLaunch() {
        int[] dates = PlaceboRuns.draw(70, 2, 30, 7L);
        assertEquals(30, Arrays.stream(dates).distinct().count());
        assertTrue(dates[0] >= 7 && dates[29] + 14 <= 70, Arrays.toString(dates));
        assertEquals(Arrays.toString(dates), Arrays.toString(PlaceboRuns.draw(70, 2, 30, 7L)));
        assertEquals(50, PlaceboRuns.possibleDates(70, 2));
        assertEquals(30, PlaceboRuns.draw(50, 2, 30, 7L).length, "exactly 30 possible dates: all of them");
        assertNull(PlaceboRuns.draw(49, 2, 30, 7L));
    }

    @Test
    void theInjectedChangeIsExactlyTheChangeWhenThereIsNoNoise() {
        Int2ObjectOpenHashMap<double[]> values = new Int2ObjectOpenHashMap<>();
        Int2ObjectOpenHashMap<int[]> active = new Int2ObjectOpenHashMap<>();
        for (int person = 1; person <= 4; person++) {
            double[] cells = new double[2 * DAYS];
            for (int d = 0; d < DAYS; d++) {
                cells[2 * d] = 10 * person;
                cells[2 * d + 1] = 1;
            }
            values.put(person, cells);
            active.put(person, new int[] {0, 20, 40, 60});
        }
        MetricHistory h = new MetricHistory(DAYS, false, values, active);
        Estimate e = PlaceboRuns.compare(h, p -> p <= 2, 35, 2, -0.25, new DifferenceInDifferences(1L));
        assertEquals(-0.25, e.value(), 1e-12);
        assertEquals(-0.25, e.low(), 1e-12);
        assertEquals(-0.25, e.high(), 1e-12);
    }
}
