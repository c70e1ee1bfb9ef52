package org.uptake.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The scenario's calendar: the data window, the three launches, the campaign and the comparison windows. */
final class ScenarioDates {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 16);
    static final LocalDate DASHBOARD_LAUNCH = LocalDate.of(2026, 3, 2);
    static final LocalDate EXPORTS_LAUNCH = LocalDate.of(2026, 1, 19);
    static final LocalDate SAVED_VIEWS_LAUNCH = LocalDate.of(2025, 9, 15);
    /** The email campaign went out on the Thursday after launch, 14:00 UTC. */
    static final Instant CAMPAIGN_SENT = LocalDate.of(2026, 3, 5).atTime(14, 0).toInstant(ZoneOffset.UTC);
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    final LocalDate firstDay;
    final long firstEpochDay;
    final long lastEpochDay;

    ScenarioDates(int days) {
        this.firstDay = LAST_DAY.minusDays(days - 1L);
        this.firstEpochDay = firstDay.toEpochDay();
        this.lastEpochDay = LAST_DAY.toEpochDay();
    }

    static long startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long startOfEpochDay(long epochDay) {
        return epochDay * DAY;
    }

    static long launchMillis() {
        return startOf(DASHBOARD_LAUNCH);
    }

    /** End of the data window (exclusive): midnight after the last day. */
    static long endMillis() {
        return startOf(LAST_DAY.plusDays(1));
    }

    /** The four weeks before launch: the baseline of the ticket and power-user measures. */
    static long preWindowStart() {
        return startOf(DASHBOARD_LAUNCH.minusDays(28));
    }

    static boolean isWeekend(long epochDay) {
        DayOfWeek day = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** The quiet weeks at the turn of the year, when activity dips. */
    static boolean isHoliday(long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return day.getMonthValue() == 12 && day.getDayOfMonth() >= 24 || day.getMonthValue() == 1 && day.getDayOfMonth() <= 1;
    }
}
