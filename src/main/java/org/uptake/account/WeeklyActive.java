package org.uptake.account;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An account's active people per week, read from its counts as they are: at 137,000 accounts a boxed copy
 * of every account's twelve weeks was a tenth of the book's garbage. Unmodifiable; the counts are never changed.
 */
final class WeeklyActive extends AbstractList<Integer> implements RandomAccess {

    private final int[] weeks;

    WeeklyActive(int[] weeks) {
        this.weeks = weeks;
    }

    @Override
    public Integer get(int index) {
        return weeks[index];
    }

    @Override
    public int size() {
        return weeks.length;
    }
}
