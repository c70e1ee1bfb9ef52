package org.uptake.impact;

import java.time.LocalDate;

/**
 * Feedback-loop time (DESIGN §5), in data time: the days from launch to the first data date on
 * which the impact report had a measurable result (a success metric at medium or high confidence).
 *
 * @param measurableOn     that data date, or null when no date so far gives a measurable result
 * @param dataDaysSinceLaunch days of data on or after launch (from launch, or the data's first day when later, to its last day)
 */
public record FeedbackLoop(LocalDate launchedAt, LocalDate measurableOn, long dataDaysSinceLaunch) {

    /** Days from launch to the first measurable data date, or null when there is none yet. */
    public Long days() {
        return measurableOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(launchedAt, measurableOn);
    }

    /** "13 days (measurable with data to 2026-03-15)" or "not measurable yet (84 days of data since launch)". */
    public String describe() {
        return measurableOn == null ? "not measurable yet (" + dataDaysSinceLaunch + " day" + (dataDaysSinceLaunch == 1 ? "" : "s")
                + " of data since launch)" : days() + " days (measurable with data to " + measurableOn + ")";
    }
}
