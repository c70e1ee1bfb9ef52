package org.uptake.impact;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntSet;

/**
 * An in-memory copy of one event metric over the days before launch: each person's daily sum and
 * count of the metric's values, and the days they were active. Validation re-runs the analysis on
 * it at placebo launch dates and injects known effects into it; the workspace is never written.
 *
 * @param days          the days covered, day 0 first
 * @param counts        the metric counts events (no property): a person's value is events per week
 * @param values        person → [sum, count] per day, 2 × {@code days} cells (people without values absent)
 * @param activeDays    person → the day indexes they had any event on, ascending
 */
record MetricHistory(int days, boolean counts, Int2ObjectOpenHashMap<double[]> values, Int2ObjectOpenHashMap<int[]> activeDays) {

    private static final double[] NONE = new double[0];

    /** The people who were active on at least one day. */
    IntSet people() {
        return activeDays.keySet();
    }

    /** {sum, count} of a person's values on days [from, to). */
    double[] window(int person, int from, int to) {
        double[] v = values.getOrDefault(person, NONE);
        double sum = 0;
        double count = 0;
        for (int d = from; d < to && 2 * d + 1 < v.length; d++) {
            sum += v[2 * d];
            count += v[2 * d + 1];
        }
        return new double[] {sum, count};
    }

    /** Whether the person had an event on a day in [from, to). */
    boolean active(int person, int from, int to) {
        int[] d = activeDays.get(person);
        if (d == null) {
            return false;
        }
        int i = java.util.Arrays.binarySearch(d, from);
        int at = i >= 0 ? i : -i - 1;
        return at < d.length && d[at] < to;
    }
}
