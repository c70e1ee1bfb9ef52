package org.uptake.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A feature's adoption in a window, under DESIGN §5: who was active, who adopted, how fast, who dropped off.
 * The headline rate is the target audience's (the feature's target segments, or everyone active when it
 * names none); {@code adoptionRate} is the all-active rate shown beside it.
 *
 * @param dataStart the first day the workspace holds events for (null: no events yet); when it falls
 *                  after launch the figures are left-censored and say so ({@link #caveat()})
 */
public record AdoptionSummary(
        String featureKey,
        String featureName,
        LocalDate launchedAt,
        LocalDate from,
        LocalDate to,
        long daysSinceLaunch,
        int activePeople,
        int adopters,
        double adoptionRate,
        double target,
        int targetWithinDays,
        double pace,
        List<Breakdown> bySegment,
        List<Breakdown> byPlan,
        List<Breakdown> byRole,
        List<Breakdown> byPlatform,
        TimeToFirstUse timeToFirstUse,
        int abandoned,
        double abandonmentRate,
        int reverted,
        int stopped,
        TargetAudience targetAudience,
        LocalDate dataStart) {

    /** The name of {@code byPlatform} wherever it is shown: the platform most of a person's events came from. */
    public static final String MAIN_PLATFORM = "main platform";

    public AdoptionSummary {
        bySegment = List.copyOf(bySegment);
        byPlan = List.copyOf(byPlan);
        byRole = List.copyOf(byRole);
        byPlatform = List.copyOf(byPlatform);
    }

    /** Adoption within one value of an attribute ("(none)" for people without one). */
    public record Breakdown(String value, int activePeople, int adopters, double adoptionRate) {
    }

    /**
     * Days from launch (or the person's creation, when later) to first adoption: median, p75, share within 7 days.
     * When the data starts after launch, only adopters whose whole history since launch is in the data count
     * ({@code leftOut} are the others, whose first use may predate the data).
     */
    public record TimeToFirstUse(int adopters, double medianDays, double p75Days, double within7Days, int leftOut) {
    }

    /**
     * The people the feature was built for: active people in its target segments (everyone active when it
     * names none), how many adopted, and how fast.
     *
     * @param segments the target segments; empty means everyone active
     */
    public record TargetAudience(List<String> segments, int activePeople, int adopters, double adoptionRate,
            TimeToFirstUse timeToFirstUse) {

        public TargetAudience {
            segments = List.copyOf(segments);
        }

        /** True when the audience is narrower than everyone active. */
        public boolean isSegments() {
            return !segments.isEmpty();
        }

        /** "enterprise and smb", or "all active people". */
        public String describe() {
            return describe(segments);
        }

        /** The audience of these target segments in words: "enterprise and smb", or "all active people" for none. */
        public static String describe(List<String> segments) {
            if (segments.isEmpty()) {
                return "all active people";
            }
            return segments.size() == 1 ? segments.get(0)
                    : String.join(", ", segments.subList(0, segments.size() - 1)) + " and " + segments.get(segments.size() - 1);
        }
    }

    /** Where a rate stands against the target and its pace: the one verdict tables and recommendations share. */
    public enum Standing {
        AT_TARGET("at or above target"), ON_PACE("on pace"), BEHIND_PACE("behind pace");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The headline rate (DESIGN §5): adopters ÷ active people in the target audience. */
    public double headlineRate() {
        return targetAudience.adoptionRate();
    }

    /** True when the headline rate is at or above where the target's linear pace says it should be by now. */
    public boolean aheadOfPace() {
        return headlineRate() >= pace;
    }

    /** A rate (the headline or one breakdown value's) against the target and today's pace. */
    public Standing standing(double rate) {
        return rate >= target ? Standing.AT_TARGET : rate >= pace ? Standing.ON_PACE : Standing.BEHIND_PACE;
    }

    /** Days from launch to the first day of data; 0 when the data covers the launch. */
    public long daysMissedAfterLaunch() {
        return dataStart == null || !dataStart.isAfter(launchedAt) ? 0 : ChronoUnit.DAYS.between(launchedAt, dataStart);
    }

    /** The left-censoring caveat adoption, time to first use and depth carry, or null when the data covers the launch. */
    public String caveat() {
        long missed = daysMissedAfterLaunch();
        return missed == 0 ? null : "data starts " + missed + " day" + (missed == 1 ? "" : "s")
                + " after launch: people who adopted earlier count only if they used it again";
    }

    /** The caveat for time to first use, saying how many adopters it leaves out; null when the data covers the launch. */
    public String timeToFirstUseCaveat() {
        long missed = daysMissedAfterLaunch();
        return missed == 0 ? null : String.format(java.util.Locale.ROOT, "data starts %d day%s after launch: time to first use leaves out"
                + " %,d adopter%s whose first use may predate the data", missed, missed == 1 ? "" : "s", timeToFirstUse.leftOut(),
                timeToFirstUse.leftOut() == 1 ? "" : "s");
    }
}
