package org.uptake.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.impact.MetricValidation;
import org.uptake.impact.ValidationReport;
import org.uptake.model.Figures;
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
        write(r, null, file);
    }

    /** The report; with {@code validation} (may be null), the method page states its false-claim and recovery rates. */
    public static void write(ImpactReport r, ValidationReport validation, ExportFile file) {
        AdoptionSummary a = r.adoption();
        try (PdfLayout pdf = new PdfLayout("Impact report: " + r.feature().name(), "Uptake · impact of " + r.feature().name()
                + " · data to " + r.asOf())) {
            pdf.titlePage("Impact report", r.feature().name() + (r.feature().problem() == null ? "" : " — built because: "
                    + r.feature().problem()), List.of("Launched " + r.feature().launchedAt() + " · data to " + r.asOf() + " ("
                    + a.daysSinceLaunch() + " days since launch) · definition version " + r.definitionVersion(), "Made " + MADE.format(r.made()) + " with Uptake"),
                    "Every figure comes from the product-analytics exports in this workspace. Each claim carries its confidence"
                            + " and caveats; \"not measurable\" means the data cannot answer the question yet.");
            pdf.heading("Summary");
            pdf.paragraph(r.summary());
            pdf.heading("Recommendations");
            pdf.bullets(r.recommendations());

            pdf.heading("Adoption against target");
            pdf.paragraph(adoptionText(a));
            if (a.caveat() != null) {
                pdf.paragraph("Caveat on adoption, time to first use and depth: " + a.caveat() + "; " + a.timeToFirstUseCaveat()
                        .substring(a.timeToFirstUseCaveat().indexOf(':') + 2) + ".", 10, ReportColors.MUTED);
            }
            pdf.chart(ReportCharts.adoptionVsTarget(r.curve()), 220);
            List<List<String>> rows = new ArrayList<>();
            for (String[] kind : new String[][] {{"segment"}, {"plan"}, {"role"}, {"platform"}}) {
                List<AdoptionSummary.Breakdown> list = switch (kind[0]) {
                    case "segment" -> a.bySegment();
                    case "plan" -> a.byPlan();
                    case "role" -> a.byRole();
                    default -> a.byPlatform();
                };
                String attribute = kind[0].equals("platform") ? AdoptionSummary.MAIN_PLATFORM : kind[0];
                list.forEach(b -> rows.add(List.of(attribute, b.value(), Figures.count(b.activePeople()), Figures.count(b.adopters()),
                        Figures.percent(b.adoptionRate(), 1), a.standing(b.adoptionRate()).label())));
            }
            pdf.subheading("Adoption by segment, plan, role and main platform");
            pdf.table(List.of("Attribute", "Value", "Active people", "Adopters", "Adoption", "Against target"), rows,
                    new float[] {1.1f, 1.3f, 1.1f, 1, 1, 1.4f});
            RetentionSection.write(pdf, r.retention());
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
                    clusters.add(List.of(c.label(), String.format("%,d of %,d", c.struggling(), c.members()), c.shareInWords(), c.howSure(),
                            c.statistics().replace(" (Fisher's exact test, false-discovery adjusted)", "")));
                }
                pdf.table(List.of("Cluster", "Struggling", "Who struggles", "How sure", "Detail"), clusters,
                        new float[] {3.2f, 1.1f, 1.6f, 1.2f, 1.3f});
                pdf.paragraph("Detail: the odds ratio of struggling in the cluster against everyone else, and its q-value (Fisher's exact test,"
                        + " adjusted for the number of clusters tested).", 9, ReportColors.MUTED);
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
                    camp.add(List.of(c.campaignId(), c.text48h(c.contacted()), c.text48h(c.control()), c.within48h().text()));
                }
                pdf.table(List.of("Campaign", "Contacted, adopted within 48 h", "Control, within 48 h", "Uplift (95% CI)"), camp,
                        new float[] {2.2f, 1.4f, 1.3f, 1.5f});
            }

            pdf.heading("How this was measured");
            pdf.bullets(List.of(
                    "Adoption, funnels, time to first use: Uptake's one set of definitions, the same as the Adoption screen and the CLI.",
                    "Event metrics: difference in differences of pooled means — adopters' change from before to after launch, against"
                            + " the change among non-adopters active in both windows. Windows are whole weeks (up to 4 before launch), so"
                            + " weekday rhythms weigh the same on both sides. The 95% interval resamples people 1,000 times.",
                    "Placebo: the same comparison with a launch as many weeks earlier; it must show no change.",
                    "Tickets: rate per active person per week before and after launch, with a Poisson interval; no comparison group.",
                    "Confidence: high when the interval excludes no change, the placebo passes and both groups have 100 people or more;"
                            + " medium when the interval excludes no change but one of these does not hold; low otherwise."));
            if (validation != null) {
                pdf.subheading("Validation: the analysis checked against itself");
                pdf.paragraph("The same analysis re-run at 30 launch dates drawn (seed " + validation.seed() + ") from the data before"
                        + " launch, where nothing launched: any change it claims there is a false claim. Then a known change is put"
                        + " into a copy of the metric's data (in memory) at the same dates: the recovery rate is how often the 95%"
                        + " interval holds it. The seed's bar: claims right at least 80% of the time.");
                pdf.bullets(validation.metrics().stream().map(MetricValidation::sentence).toList());
            }
            pdf.save(file);
        }
    }

    /** The headline (the target audience's rate) with the all-active rate beside it, pace, and time to first use. */
    static String adoptionText(AdoptionSummary a) {
        AdoptionSummary.TargetAudience audience = a.targetAudience();
        StringBuilder t = new StringBuilder();
        t.append(Figures.count(audience.adopters())).append(" of ").append(Figures.count(audience.activePeople())).append(" active people")
                .append(audience.isSegments() ? " in the target segments (" + audience.describe() + ")" : "").append(" adopted (")
                .append(Figures.percent(audience.adoptionRate(), 1)).append(")");
        if (audience.isSegments()) {
            t.append("; across all ").append(Figures.count(a.activePeople())).append(" active people ").append(Figures.percent(a.adoptionRate(), 1));
        }
        t.append(". The target is ").append(Figures.percent(a.target(), 0)).append(" within ").append(a.targetWithinDays())
                .append(" days, so the pace by ").append(a.to()).append(" is ").append(Figures.percent(a.pace(), 1)).append(": ")
                .append(a.aheadOfPace() ? "ahead of pace" : "behind pace").append('.');
        AdoptionSummary.TimeToFirstUse t1 = a.timeToFirstUse();
        if (t1.adopters() > 0) {
            t.append(" Median time to first use ").append(Figures.days(t1.medianDays())).append("; ").append(Figures.percent(t1.within7Days(), 0))
                    .append(" within 7 days");
            AdoptionSummary.TimeToFirstUse t2 = audience.timeToFirstUse();
            if (audience.isSegments() && t2.adopters() > 0) {
                t.append(" (target segments: median ").append(Figures.days(t2.medianDays())).append(", ")
                        .append(Figures.percent(t2.within7Days(), 0)).append(" within 7 days)");
            }
            t.append('.');
        }
        return t.toString();
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
