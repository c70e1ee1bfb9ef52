package org.uptake.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.IntPredicate;
import org.uptake.model.Progress;

/**
 * Re-runs an event metric's comparison (the same windows and groups as {@link MetricMeasure}) at
 * placebo launch dates drawn, seeded, from the data before launch. Nothing launched on those dates,
 * so every claim made there is a false claim; the same runs with a known change put into the
 * adopters' side show whether the interval recovers it.
 */
final class PlaceboRuns {

    static final int PLACEBOS = 30;

    private PlaceboRuns() {
    }

    /**
     * The placebo launch days possible before the real launch (day {@code launch}): each needs a whole
     * week of data before it and {@code weeksAfter} weeks after it that end before the real launch.
     */
    static int possibleDates(int launch, int weeksAfter) {
        return Math.max(0, launch - 7 * weeksAfter - 7 + 1);
    }

    /** {@code n} distinct placebo days drawn with the seed, ascending; null when fewer are possible. */
    static int[] draw(int launch, int weeksAfter, int n, long seed) {
        int possible = possibleDates(launch, weeksAfter);
        if (possible < n) {
            return null;
        }
        int[] days = new int[possible];
        for (int i = 0; i < possible; i++) {
            days[i] = 7 + i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(possible - i);
            int t = days[i];
            days[i] = days[j];
            days[j] = t;
        }
        int[] drawn = Arrays.copyOf(days, n);
        Arrays.sort(drawn);
        return drawn;
    }

    /** The false-claim and recovery figures of one metric; {@code lift} is the relative change injected (−0.1: 10% lower). */
    static MetricValidation run(String metric, MetricHistory history, IntPredicate adopter, int launch, int weeksAfter, double lift,
            long seed, Progress progress) {
        int[] dates = draw(launch, weeksAfter, PLACEBOS, seed);
        if (dates == null) {
            return new MetricValidation(metric, 0, 0, lift, 0, 0, String.format(java.util.Locale.ROOT, "the data before launch is too"
                            + " short for %d placebo launch dates: it holds %d days, and each placebo needs a week of data before it and"
                            + " %d week%s after it, all before launch, so only %d dates are possible.", PLACEBOS, launch, weeksAfter,
                    weeksAfter == 1 ? "" : "s", possibleDates(launch, weeksAfter)));
        }
        DifferenceInDifferences did = new DifferenceInDifferences(seed);
        int claims = 0;
        int recovered = 0;
        int detected = 0;
        for (int i = 0; i < dates.length; i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("Cancelled");
            }
            progress.update(i, dates.length, metric + ": placebo launch " + (i + 1) + " of " + dates.length);
            Estimate placebo = compare(history, adopter, dates[i], weeksAfter, 0, did);
            if (placebo != null && placebo.excludesZero()) {
                claims++;
            }
            Estimate injected = compare(history, adopter, dates[i], weeksAfter, lift, did);
            if (injected != null && injected.contains(lift)) {
                recovered++;
            }
            if (injected != null && injected.excludesZero() && Math.signum(injected.value()) == Math.signum(lift)) {
                detected++;
            }
        }
        return new MetricValidation(metric, dates.length, claims, lift, recovered, detected, null);
    }

    /**
     * The analysis as if the feature had launched on day {@code launch}: up to 4 whole weeks before
     * (as many as the data holds) against {@code weeksAfter} weeks after, adopters against others
     * active in both, with the adopters' values after launch scaled by {@code 1 + lift}.
     */
    static Estimate compare(MetricHistory h, IntPredicate adopter, int launch, int weeksAfter, double lift, DifferenceInDifferences did) {
        int weeksBefore = Math.min(MetricMeasure.MAX_WEEKS_BEFORE, launch / 7);
        int from = launch - 7 * weeksBefore;
        int to = launch + 7 * weeksAfter;
        List<PersonWindows> adopters = new ArrayList<>();
        List<PersonWindows> others = new ArrayList<>();
        // Ascending person order, so the bootstrap's draws do not depend on hash-set iteration.
        int[] people = h.people().toIntArray();
        Arrays.sort(people);
        for (int person : people) {
            if (!h.active(person, from, launch) || !h.active(person, launch, to)) {
                continue;
            }
            boolean isAdopter = adopter.test(person);
            double[] after = h.window(person, launch, to);
            if (isAdopter) {
                after[0] *= 1 + lift;
            }
            PersonWindows p = PersonWindows.of(h.counts(), h.window(person, from, launch), after, weeksBefore, weeksAfter);
            if (p != null) {
                (isAdopter ? adopters : others).add(p);
            }
        }
        return did.estimate(adopters, others);
    }
}
