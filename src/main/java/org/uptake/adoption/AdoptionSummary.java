package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;

/** A feature's adoption in a window, under DESIGN §5: who was active, who adopted, how fast, who dropped off. */
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
        int stopped) {

    public AdoptionSummary {
        bySegment = List.copyOf(bySegment);
        byPlan = List.copyOf(byPlan);
        byRole = List.copyOf(byRole);
        byPlatform = List.copyOf(byPlatform);
    }

    /** Adoption within one value of an attribute ("(none)" for people without one). */
    public record Breakdown(String value, int activePeople, int adopters, double adoptionRate) {
    }

    /** Days from launch (or the person's creation, when later) to first adoption: median, p75, share within 7 days. */
    public record TimeToFirstUse(int adopters, double medianDays, double p75Days, double within7Days) {
    }

    /** True when adoption is at or above where the target's linear pace says it should be by now. */
    public boolean aheadOfPace() {
        return adoptionRate >= pace;
    }
}
