package org.uptake.impact;

import java.time.LocalDate;
import java.util.List;
import org.uptake.model.Figures;

/**
 * One feature in the portfolio: the target audience's adoption against target (the all-active rate
 * beside it), the measured impact and its confidence, how many struggle, the weekly-use trend, a
 * priority score and the flag that follows, all as of the data's last day.
 *
 * @param adoptionRate    the headline: adopters ÷ active people in the target segments (everyone active when none)
 * @param audience        who the headline counts ("enterprise and smb", "all active people")
 * @param allActiveRate   adopters ÷ all active people
 * @param caveat          the left-censoring caveat when the data starts after launch, else null
 * @param impact          the main success metric's verdict in a few words ("-13.9% Dashboard session time")
 * @param struggleTrend   struggle signals in the last two weeks against the two before, tested ("rising 40% (20 → 28 signals)",
 *                        "too few to tell (1 → 4 signals)")
 * @param weeklyUsers     people using the feature in each complete week, oldest first
 * @param feedbackLoop    launch to the first data date with a measurable impact, in data days
 * @param asOf            the data's last day: what "today" means for every figure of the row
 * @param targetAgainstAchieved the target audience's adoption at the end of the target's window against the target, or so far
 *                        ("target 25% in 30 days; so far 32.6% at day 14"): how a team learns to set targets
 */
public record PortfolioRow(String featureKey, String name, LocalDate launchedAt, double adoptionRate, String audience,
        double allActiveRate, double target, double pace, String caveat, String impact, Confidence impactConfidence, boolean improved,
        double struggleShare, String struggleTrend, List<LocalDate> weeks, List<Integer> weeklyUsers, String trend, int priority, Flag flag,
        String why, FeedbackLoop feedbackLoop, LocalDate asOf, String targetAgainstAchieved) {

    public PortfolioRow {
        weeks = List.copyOf(weeks);
        weeklyUsers = List.copyOf(weeklyUsers);
    }

    /** The adoption cell every view of the portfolio shows: "32.6% of enterprise and smb (34.0% of all active), pace 11.7%". */
    /** "-13.9% Dashboard session time (high)"; an impact not measurable yet says so once, without a confidence. */
    public String impactText() {
        return impact.startsWith("not measurable") ? impact : impact + " (" + impactConfidence.label() + ")";
    }

    public String adoptionText() {
        String all = audience.equals("all active people") ? "" : " (" + Figures.percent(allActiveRate, 1) + " of all active)";
        return Figures.percent(adoptionRate, 1) + " of " + audience + all + ", pace " + Figures.percent(pace, 1);
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
