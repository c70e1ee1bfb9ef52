package org.uptake.impact;

import java.time.LocalDate;
import java.util.List;

/**
 * One feature in the portfolio: adoption against target, the measured impact and its confidence,
 * how many struggle, the weekly-use trend, a priority score and the flag that follows.
 *
 * @param impact          the main success metric's verdict in a few words ("−13.9% Dashboard session time")
 * @param struggleTrend   struggle signals in the last two weeks against the two before ("rising 40%", "falling", "steady")
 * @param weeklyUsers     people using the feature in each complete week, oldest first
 * @param feedbackLoopDays launch to the first impact report, in days (null: no report yet)
 */
public record PortfolioRow(String featureKey, String name, LocalDate launchedAt, double adoptionRate, double target, double pace,
        String impact, Confidence impactConfidence, boolean improved, double struggleShare, String struggleTrend, List<LocalDate> weeks,
        List<Integer> weeklyUsers, String trend, int priority, Flag flag, String why, Long feedbackLoopDays) {

    public PortfolioRow {
        weeks = List.copyOf(weeks);
        weeklyUsers = List.copyOf(weeklyUsers);
    }

    /** What to do with a feature, in the portfolio's words. */
    public enum Flag {
        INVEST_MORE("invest more"), ON_TRACK("on track"), NEEDS_HELP("needs help"), SUNSET_REVIEW("sunset review");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
