package org.uptake.account;

import java.util.List;
import java.util.OptionalInt;

/**
 * One account's health on one day: who it is, what its people did, the score with its parts (empty
 * when it is too small to score or churned), its band and the reasons it is at risk.
 *
 * @param activeTrend  the change in active people against the previous window (-0.3 = 30% fewer); empty with none before
 * @param weeklyActive active people per week over the last 12 weeks, oldest first (the sparkline)
 */
public record AccountHealth(String accountId, String name, String owner, String tier, double arr, int people, int activePeople,
        int previousActivePeople, java.util.OptionalDouble activeTrend, OptionalInt health, Band band, List<HealthPart> parts,
        List<RiskReason> reasons, int struggling, int tickets, List<Integer> weeklyActive) {

    public AccountHealth {
        // Parts worded on first read stay so: copying them would word every account's parts at once.
        parts = parts instanceof WordedParts ? parts : List.copyOf(parts);
        reasons = List.copyOf(reasons);
        weeklyActive = weeklyActive instanceof WeeklyActive ? weeklyActive : List.copyOf(weeklyActive);
    }

    /** This account's ARR when it is at risk, else 0. */
    public double arrAtRisk() {
        return band == Band.AT_RISK ? arr : 0;
    }
}
