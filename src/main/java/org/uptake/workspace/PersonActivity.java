package org.uptake.workspace;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One person's activity over every import: events per day (days ascending, as epoch days) and
 * events per platform (dictionary ids). What "active", "active lately", depth and the main
 * platform are computed from (DESIGN §5).
 */
public final class PersonActivity {

    private static final int[] NO_DAYS = new int[0];

    private final int person;
    final int[] days;
    final int[] dayEvents;
    final int[] platforms;
    final long[] platformEvents;

    PersonActivity(int person, int[] days, int[] dayEvents, int[] platforms, long[] platformEvents) {
        this.person = person;
        this.days = days;
        this.dayEvents = dayEvents;
        this.platforms = platforms;
        this.platformEvents = platformEvents;
    }

    public int person() {
        return person;
    }

    /** Index of the first stored day on or after {@code day}. */
    private int firstIndexFrom(long day) {
        int i = Arrays.binarySearch(days, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day)));
        return i >= 0 ? i : -i - 1;
    }

    /** Whether the person had an event on a day in [from, to]. */
    public boolean activeIn(LocalDate from, LocalDate to) {
        return anyIn(days, days.length, from.toEpochDay(), to.toEpochDay());
    }

    /** The first day in [from, to] with an event, or null. */
    public LocalDate firstDayIn(LocalDate from, LocalDate to) {
        int i = firstIndexFrom(from.toEpochDay());
        return i < days.length && days[i] <= to.toEpochDay() ? LocalDate.ofEpochDay(days[i]) : null;
    }

    /** The last day in [from, to] with an event, or null. */
    public LocalDate lastDayIn(LocalDate from, LocalDate to) {
        int i = firstIndexFrom(to.toEpochDay() + 1) - 1;
        return i >= 0 && days[i] >= from.toEpochDay() ? LocalDate.ofEpochDay(days[i]) : null;
    }

    /** The last day with an event, over all time (null for none). */
    public LocalDate lastDay() {
        return days.length == 0 ? null : LocalDate.ofEpochDay(days[days.length - 1]);
    }

    /** The days in [from, to] with an event, ascending, as epoch days: for one pass over a person's recent days. */
    public int[] epochDaysIn(long from, long to) {
        int start = firstIndexFrom(from);
        int end = firstIndexFrom(to + 1);
        return start >= end ? NO_DAYS : Arrays.copyOfRange(days, start, end);
    }

    /** Days with an event in [from, to]. */
    public int daysIn(LocalDate from, LocalDate to) {
        return firstIndexFrom(to.toEpochDay() + 1) - firstIndexFrom(from.toEpochDay());
    }

    /** Events on the days in [from, to]. */
    public long eventsIn(LocalDate from, LocalDate to) {
        long events = 0;
        for (int i = firstIndexFrom(from.toEpochDay()), end = firstIndexFrom(to.toEpochDay() + 1); i < end; i++) {
            events += dayEvents[i];
        }
        return events;
    }

    /** Platform dictionary ids this person's events named, with their event counts (parallel arrays). */
    public int[] platforms() {
        return platforms.clone();
    }

    public long[] platformEvents() {
        return platformEvents.clone();
    }

    /**
     * The platform most of the person's events came from, ties to the alphabetically first name;
     * 0 when no event named one.
     */
    public int mainPlatform(java.util.function.IntFunction<String> names) {
        return mainPlatform(platforms, platformEvents, platforms.length, names);
    }

    /** The main platform of the first {@code count} platforms and their event counts (as above). */
    static int mainPlatform(int[] platforms, long[] platformEvents, int count, java.util.function.IntFunction<String> names) {
        int best = 0;
        long most = -1;
        for (int i = 0; i < count; i++) {
            if (platformEvents[i] > most || platformEvents[i] == most
                    && names.apply(platforms[i]).compareTo(names.apply(best)) < 0) {
                best = platforms[i];
                most = platformEvents[i];
            }
        }
        return best;
    }

    /** Whether one of the first {@code count} days (ascending) is in [from, to]. */
    static boolean anyIn(int[] days, int count, long from, long to) {
        if (count == 0 || days[count - 1] < from || days[0] > to) {
            return false;
        }
        int i = Arrays.binarySearch(days, 0, count, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, from)));
        i = i >= 0 ? i : -i - 1;
        return i < count && days[i] <= to;
    }

    boolean isEmpty() {
        return days.length == 0 && platforms.length == 0;
    }
}
