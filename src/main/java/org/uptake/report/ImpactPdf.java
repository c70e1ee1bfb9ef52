package org.uptake.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.outreach.CampaignConversion;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.workspace.ExportFile;

/**
 * The impact report a PM sends to leadership: title page, summary, recommendations, adoption
 * against target, the funnel by segment, each success metric with its interval, placebo,
 * confidence and caveats, tickets over time, struggles and bugs, outreach results, and how it was measured.
 */
public final class ImpactPdf {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ImpactPdf() {
    }

    public static void write(ImpactReport r, ExportFile file) {
        AdoptionSummary a = r.adoption();
        try (PdfLayout pdf = new PdfLayout("Impact report: " + r.feature().name(), "Uptake · impact of " + r.feature().name()
                + " · data to " + r.asOf())) {
            pdf.titlePage("Impact report", r.feature().name() + (r.feature().problem() == null ? "" : " — built because: "
                    + r.feature().problem()), List.of("Launched " + r.feature().launchedAt() + " · data to " + r.asOf() + " ("
                    + a.daysSinceLaunch() + " days since launch)", "Made " + MADE.format(r.made()) + " with Uptake"),
                    "Every figure comes from the product-analytics exports in this workspace. Each claim carries its confidence"
                            + " and caveats; \"not measurable\" means the data cannot answer the question yet.");
            pdf.heading("Summary");
            pdf.paragraph(r.summary());
            pdf.heading("Recommendations");
            pdf.bullets(r.recommendations());

            pdf.heading("Adoption against target");
            pdf.paragraph(String.format(Locale.ROOT, "%,d of %,d active people adopted (%.1f%%); the target is %.0f%% within %d days, so"
                            + " the pace today is %.1f%%. Median time to first use %.1f days; %.0f%% within 7 days.", a.adopters(),
                    a.activePeople(), 100 * a.adoptionRate(), 100 * a.target(), a.targetWithinDays(), 100 * a.pace(),
                    a.timeToFirstUse().medianDays(), 100 * a.timeToFirstUse().within7Days()));
            pdf.chart(ReportCharts.adoptionVsTarget(r.curve()), 220);
            List<List<String>> rows = new ArrayList<>();
            for (String[] kind : new String[][] {{"segment"}, {"plan"}, {"role"}, {"platform"}}) {
                List<AdoptionSummary.Breakdown> list = switch (kind[0]) {
                    case "segment" -> a.bySegment();
                    case "plan" -> a.byPlan();
                    case "role" -> a.byRole();
                    default -> a.byPlatform();
                };
                list.forEach(b -> rows.add(List.of(kind[0], b.value(), String.format("%,d", b.activePeople()), String.format("%,d", b.adopters()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * b.adoptionRate()), b.adoptionRate() >= a.target() ? "at or above target"
                                : b.adoptionRate() >= a.pace() ? "on pace" : "behind pace")));
            }
            pdf.subheading("Adoption by segment, plan, role and platform");
            pdf.table(List.of("Attribute", "Value", "Active people", "Adopters", "Adoption", "Against target"), rows,
                    new float[] {1.1f, 1.3f, 1.1f, 1, 1, 1.4f});
            if (r.funnelBySegment() != null) {
                pdf.heading("Funnel by segment");
                pdf.chart(ReportCharts.funnelBySegment(r.funnelBySegment()), 230);
            }

            pdf.heading("Success metrics");
            for (MetricImpact m : r.metrics()) {
                pdf.subheading(m.name() + " — confidence: " + m.confidence().label());
                pdf.paragraph(m.verdict());
                if (m.effect() != null) {
                    pdf.table(List.of("Measure", "Value"), metricRows(m), new float[] {1.2f, 2.5f});
                    pdf.chart(ReportCharts.metricBeforeAfter(m), 190);
                }
                pdf.paragraph("Caveats", 10, ReportColors.MUTED);
                pdf.bullets(m.caveats());
            }
            for (ImpactReport.WeeklyTickets t : r.weeklyTickets()) {
                pdf.subheading("Tickets over time: " + t.metric());
                pdf.chart(ReportCharts.ticketsOverTime(t, r.feature().launchedAt()), 200);
            }

            StruggleReport s = r.struggles();
            pdf.heading("Struggles and bugs");
            pdf.paragraph(String.format(Locale.ROOT, "%,d of the %,d people who entered the feature struggle (rage clicks, undo loops,"
                            + " errors, abandoned attempts, tickets). Early warning: %d of %d people who filed a ticket about the feature"
                            + " struggled visibly first (%.0f%%; the brief's goal is more than half).", s.struggling().size(), s.entrants(),
                    s.earlyWarning().detectedBefore(), s.earlyWarning().ticketPeople(), 100 * s.earlyWarning().share()));
            if (!s.clusters().isEmpty()) {
                pdf.chart(ReportCharts.topClusters(s.clusters(), 5), 200);
                List<List<String>> clusters = new ArrayList<>();
                for (StruggleCluster c : s.clusters().stream().limit(10).toList()) {
                    clusters.add(List.of(c.label(), String.format("%,d of %,d", c.struggling(), c.members()),
                            c.oddsRatio() >= 100 ? "> 100" : String.format(Locale.ROOT, "%.1f", c.oddsRatio()),
                            String.format(Locale.ROOT, "%.1e", c.qValue()), c.confidence()));
                }
                pdf.table(List.of("Cluster", "Struggling", "Odds ratio", "q-value", "Confidence"), clusters,
                        new float[] {4, 1.2f, 0.9f, 0.9f, 0.9f});
            }
            List<List<String>> bugs = new ArrayList<>();
            for (BugSuspect b : s.bugSuspects()) {
                bugs.add(List.of(b.person().userId(), b.defect() ? "likely a defect" : "reverted, no defect seen", String.join("; ", b.reasons())));
            }
            if (!bugs.isEmpty()) {
                pdf.subheading("Bug suspects");
                pdf.table(List.of("Person", "Verdict", "Evidence"), bugs, new float[] {0.9f, 1.2f, 4});
            }

            pdf.heading("Outreach results");
            if (r.campaigns().isEmpty()) {
                pdf.paragraph("No campaign was sent since launch.");
            } else {
                List<List<String>> camp = new ArrayList<>();
                for (CampaignConversion c : r.campaigns()) {
                    camp.add(List.of(c.campaignId(), String.format(Locale.ROOT, "%d/%d (%.0f%%)", c.contacted().within48h(),
                            c.contacted().people(), 100 * c.contacted().rate48h()), String.format(Locale.ROOT, "%d/%d (%.0f%%)",
                            c.control().within48h(), c.control().people(), 100 * c.control().rate48h()),
                            Double.isNaN(c.uplift48h()) ? "no control" : String.format(Locale.ROOT, "%+.0f points (%+.0f to %+.0f)",
                                    100 * c.uplift48h(), 100 * c.low48h(), 100 * c.high48h())));
                }
                pdf.table(List.of("Campaign", "Contacted, adopted within 48 h", "Control, within 48 h", "Uplift (95% CI)"), camp,
                        new float[] {2.2f, 1.4f, 1.3f, 1.5f});
            }

            pdf.heading("How this was measured");
            pdf.bullets(List.of(
                    "Adoption, funnels, time to first use: the definitions of DESIGN §5, the same as the Adoption screen and the CLI.",
                    "Event metrics: difference in differences of pooled means — adopters' change from before to after launch, against"
                            + " the change among non-adopters active in both windows. Windows are whole weeks (up to 4 before launch), so"
                            + " weekday rhythms weigh the same on both sides. The 95% interval resamples people 1,000 times.",
                    "Placebo: the same comparison with a launch as many weeks earlier; it must show no change.",
                    "Tickets: rate per active person per week before and after launch, with a Poisson interval; no comparison group.",
                    "Confidence: high when the interval excludes no change, the placebo passes and both groups have 100 people or more;"
                            + " medium when the interval excludes no change but one of these does not hold; low otherwise."));
            pdf.save(file);
        }
    }

    private static List<List<String>> metricRows(MetricImpact m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Change", String.format(Locale.ROOT, "%+.1f%% (95%% CI %+.1f%% to %+.1f%%)", 100 * m.effect().value(),
                100 * m.effect().low(), 100 * m.effect().high())));
        rows.add(List.of("Method", m.method() + "; better is " + m.better()));
        if (m.method().startsWith("difference")) {
            rows.add(List.of("Adopters", String.format(Locale.ROOT, "%,d people: %.2f before, %.2f since", m.adopters(), m.before(), m.after())));
            rows.add(List.of("Non-adopters", String.format(Locale.ROOT, "%,d people: %.2f before, %.2f since", m.others(), m.othersBefore(),
                    m.othersAfter())));
        } else {
            rows.add(List.of("Tickets", String.format(Locale.ROOT, "%,d before (%.4f per active person per week), %,d since (%.4f)",
                    m.adopters(), m.before(), m.others(), m.after())));
        }
        rows.add(List.of("Windows", m.weeksBefore() + " weeks before launch, " + m.weeksAfter() + " since"));
        rows.add(List.of("Placebo", m.placebo() == null ? "not available" : String.format(Locale.ROOT, "%+.1f%% (%+.1f%% to %+.1f%%): %s",
                100 * m.placebo().value(), 100 * m.placebo().low(), 100 * m.placebo().high(), m.placeboPasses() ? "passes" : "fails")));
        return rows;
    }
}
