package org.uptake.impact;

/**
 * One person's metric in the two windows of a comparison: the sum and count of the values before
 * and after (for an event property, its values; for an event count, events and active weeks).
 */
record PersonWindows(double sumBefore, double countBefore, double sumAfter, double countAfter) {
}
