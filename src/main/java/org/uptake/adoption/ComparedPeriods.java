package org.uptake.adoption;

import java.time.LocalDate;

/**
 * The two windows a comparison sets side by side: {@code current} (by default the last 14 days of
 * data) and {@code other} (by default the 14 days before it, or any window asked for).
 */
public record ComparedPeriods(Period current, Period other) {

    /** The default length of the current window, in data days. */
    public static final int DEFAULT_DAYS = 14;
    /** The word that asks for the window just before the current one. */
    public static final String PREVIOUS = "previous";

    /**
     * The windows a command or screen asked for: the current window from {@code from}/{@code to} (null: the
     * last 14 data days up to {@code to}, or up to {@code lastDay}), compared with {@code compareTo}:
     * "previous" or "YYYY-MM-DD..YYYY-MM-DD".
     */
    public static ComparedPeriods of(LocalDate from, LocalDate to, String compareTo, LocalDate lastDay) {
        LocalDate end = to != null ? to : lastDay;
        if (end == null) {
            throw new IllegalArgumentException("The workspace holds no events yet: there is no period to compare.");
        }
        Period current = from == null ? Period.lastDays(end, DEFAULT_DAYS) : new Period(from, end);
        String other = compareTo == null ? PREVIOUS : compareTo.trim();
        return new ComparedPeriods(current, PREVIOUS.equalsIgnoreCase(other) ? current.previous() : Period.parse(other));
    }
}
