package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How one launch was adopted at 7, 14, 30, 60 and 90 days after launch: the target audience's
 * rate (DESIGN §5) and each segment's, with the target it was given. A horizon the data has not
 * reached yet is censored, never a zero.
 *
 * @param overall   the target audience's adoption at each horizon
 * @param bySegment each segment's adoption (all its active people) at each horizon, segments in name order
 * @param achieved  the target audience's adoption at the end of the target's window ({@code withinDays}), censored when the
 *                  data has not reached it: what the launch achieved against its target
 * @param soFar     the target audience's adoption on the data's last day (capped at the target's window)
 * @param daysOfData days from launch to the data's last day
 * @param beforeData the launch predates the data's first day: its early adoption is unseen, so every point is censored
 */
public record LaunchCurve(String featureKey, String name, LocalDate launchedAt, double target, int withinDays, String audience,
        List<Point> overall, Map<String, List<Point>> bySegment, Point achieved, Point soFar, long daysOfData,
        boolean beforeData) {

    /** The days after launch at which every curve is read. */
    public static final List<Integer> HORIZONS = List.of(7, 14, 30, 60, 90);

    public LaunchCurve {
        overall = List.copyOf(overall);
        bySegment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySegment));
    }

    /** "target 25% in 30 days; achieved 31.0%", or "…; so far 32.6% at day 14" while the window runs: how a team learns to set targets. */
    public String targetAgainstAchieved() {
        String target = "target " + org.uptake.model.Figures.percent(target(), 0) + " in " + withinDays + " days; ";
        if (beforeData) {
            return target + "achieved unknown (launched before the data starts)";
        }
        return target + (achieved.censored() ? "so far " + org.uptake.model.Figures.percent(soFar.rate(), 1) + " at day " + soFar.day()
                : "achieved " + org.uptake.model.Figures.percent(achieved.rate(), 1));
    }

    /** The overall point at this horizon (one of {@link #HORIZONS}). */
    public Point at(int horizon) {
        return overall.stream().filter(p -> p.day() == horizon).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No horizon of " + horizon + " days; use one of " + HORIZONS));
    }

    /**
     * Adoption at day {@code day} after launch: active people of the audience (an event on or after launch,
     * up to that day) and the adopters among them. {@code rate} is null when the data does not reach that day.
     */
    public record Point(int day, int active, int adopters, Double rate) {

        public boolean censored() {
            return rate == null;
        }
    }
}
