package org.uptake.gui.compare;

import java.time.LocalDate;

/** Computes a screen's comparison: the current window (null ends: the last 14 data days) against {@code compareTo}. */
@FunctionalInterface
public interface Comparer {

    /** @param compareTo "previous" or "YYYY-MM-DD..YYYY-MM-DD" */
    ComparedFigures compare(String featureKey, LocalDate from, LocalDate to, String compareTo);
}
