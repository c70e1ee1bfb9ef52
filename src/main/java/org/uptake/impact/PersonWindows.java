package org.uptake.impact;

/**
 * One person's metric in the two windows of a comparison: the sum and count of the values before
 * and after (for an event property, its values; for an event count, events and active weeks).
 */
record PersonWindows(double sumBefore, double countBefore, double sumAfter, double countAfter) {

    /**
     * A person active in both windows as the comparison counts them, or null when they do not count:
     * an event count is events per week of the window (zero events count too); a property counts only
     * for people with values on both sides. {@code before} and {@code after} are {sum, count}.
     */
    static PersonWindows of(boolean counts, double[] before, double[] after, int weeksBefore, int weeksAfter) {
        if (counts) {
            return new PersonWindows(before[0], weeksBefore, after[0], weeksAfter);
        }
        return before[1] > 0 && after[1] > 0 ? new PersonWindows(before[0], before[1], after[0], after[1]) : null;
    }
}
