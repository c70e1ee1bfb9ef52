package org.uptake.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.uptake.adoption.AdoptionCurve;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FunnelReport;
import org.uptake.model.Feature;
import org.uptake.outreach.CampaignConversion;
import org.uptake.struggle.StruggleReport;

/**
 * Did the feature solve the problem it was built for: adoption against target, the funnel by
 * segment, struggles and bugs, outreach results, each success metric's change with its confidence
 * and caveats, tickets over time, a plain-language summary and recommendations.
 *
 * @param weeklyTickets per ticket metric, its tickets per week: [week start epoch day, tickets]
 * @param definition the definition measured, as screens name it ("definition v3, 29 Nov 2026"); empty when none is stored
 */
public record ImpactReport(Feature feature, LocalDate asOf, Instant made, AdoptionSummary adoption, AdoptionCurve curve,
        org.uptake.adoption.AdopterRetention retention, FunnelReport funnelBySegment, StruggleReport struggles, List<CampaignConversion> campaigns, List<MetricImpact> metrics,
        List<WeeklyTickets> weeklyTickets, String summary, List<String> recommendations, int definitionVersion, String definition) {

    public ImpactReport {
        campaigns = List.copyOf(campaigns);
        metrics = List.copyOf(metrics);
        weeklyTickets = List.copyOf(weeklyTickets);
        recommendations = List.copyOf(recommendations);
    }

    /** A ticket metric's tickets per week (Monday start). */
    public record WeeklyTickets(String metric, List<LocalDate> weeks, List<Integer> tickets) {
    }
}
