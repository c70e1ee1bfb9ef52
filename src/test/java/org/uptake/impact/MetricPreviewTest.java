package org.uptake.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.ingest.Importer;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/**
 * The feature editor's metric preview on a workspace with no feature defined, data from Monday
 * 2 February to Sunday 22 March 2026: a draft launched on Monday 2 March has 4 whole weeks before
 * and 3 since. p3 is active only before, so no metric counts them; p4 runs no report before
 * launch; p5's reports carry no duration.
 */
class MetricPreviewTest {

    static final String EVENTS = """
            user_id,timestamp,event,platform,properties
            p5,2026-02-02T08:00:00Z,login,web,{}
            p1,2026-02-03T09:00:00Z,report_run,web,"{""duration_s"":10}"
            p1,2026-02-10T09:00:00Z,report_run,web,"{""duration_s"":20}"
            p2,2026-02-11T09:00:00Z,report_run,web,"{""duration_s"":40}"
            p3,2026-02-12T09:00:00Z,report_run,web,"{""duration_s"":90}"
            p4,2026-02-13T09:00:00Z,login,web,{}
            p5,2026-02-14T09:00:00Z,report_run,web,{}
            p1,2026-03-03T09:00:00Z,report_run,web,"{""duration_s"":30}"
            p2,2026-03-04T09:00:00Z,report_run,web,"{""duration_s"":10}"
            p2,2026-03-11T09:00:00Z,report_run,web,"{""duration_s"":20}"
            p4,2026-03-05T09:00:00Z,report_run,web,{}
            p4,2026-03-06T09:00:00Z,report_run,web,{}
            p4,2026-03-07T09:00:00Z,report_run,web,{}
            p5,2026-03-22T09:00:00Z,report_run,web,{}
            """;
    static final String TICKETS = """
            ticket_id,user_id,created_at,subject,tags
            t1,p1,2026-02-10T10:00:00Z,Cannot share,reports
            t2,p2,2026-02-20T10:00:00Z,Share fails,reports;sharing
            t3,p3,2026-03-10T10:00:00Z,Where is it,Reports
            t4,p4,2026-03-11T10:00:00Z,Billing,billing
            """;
    static final Feature.SuccessMetric RUNS = new Feature.SuccessMetric("Reports run", "report_run", null, List.of(), "higher");
    static final Feature.SuccessMetric DURATION = new Feature.SuccessMetric("Report time", "report_run", "duration_s", List.of(), "lower");
    static final Feature.SuccessMetric TICKETS_ABOUT_REPORTS = new Feature.SuccessMetric("Report tickets", null, null, List.of("reports"), "lower");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static WorkspaceServices services;

    @BeforeAll
    static void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        services = TestServices.of(workspace);
        Importer importer = services.importer();
        for (String[] file : List.of(new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", TICKETS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** A draft of a feature nothing is stored for, launched on {@code launch}, with the three metrics. */
    static Feature draft(LocalDate launch) {
        return new Feature("reports-draft", "Shared reports", launch, null, List.of(), new Feature.AdoptionGoal("report_shared", 0.3, 30),
                List.of(), null, List.of(), List.of(), List.of(RUNS, DURATION, TICKETS_ABOUT_REPORTS), null);
    }

    @Test
    void eachMetricBeforeLaunchAndSinceOverWholeWeeks() {
        List<MetricPreview.Values> values = services.metricPreview().of(draft(LocalDate.of(2026, 3, 2)));
        // p1, p2, p4 and p5 are active in both windows: 2 + 1 + 0 + 1 reports over 4 people × 4 weeks, then 1 + 2 + 3 + 1 over 4 × 3.
        assertEquals(new MetricPreview.Values("Reports run", "per person per week", 4 / 16.0, 7 / 12.0, 4, 3, "4 people active in both", null),
                values.get(0));
        // Only p1 and p2 have durations on both sides: (10 + 20 + 40) ÷ 3, then (30 + 10 + 20) ÷ 3.
        assertEquals(new MetricPreview.Values("Report time", "mean duration_s", 70 / 3.0, 20.0, 4, 3, "2 people with values in both", null),
                values.get(1));
        // Tags match whatever their case; 2 tickets over 5 active people × 4 weeks, then 1 over 4 × 3.
        assertEquals(new MetricPreview.Values("Report tickets", "tickets per active person per week", 0.1, 1 / 12.0, 4, 3,
                "2 tickets before, 1 since", null), values.get(2));
        assertEquals(List.of(
                "Reports run: 0.250 → 0.583 per person per week, 4 weeks before vs 3 since (4 people active in both)",
                "Report time: 23.3 → 20.0 mean duration_s, 4 weeks before vs 3 since (2 people with values in both)",
                "Report tickets: 0.100 → 0.083 tickets per active person per week, 4 weeks before vs 3 since (2 tickets before, 1 since)"),
                values.stream().map(MetricPreview.Values::line).toList());
    }

    @Test
    void aLaunchBeforeTheDataStartsHasNoBefore() {
        List<MetricPreview.Values> values = services.metricPreview().of(draft(LocalDate.of(2026, 1, 5)));
        assertEquals(new MetricPreview.Values("Reports run", "per person per week", Double.NaN, Double.NaN, 0, 11, "",
                "the data starts after launch, so there is no before"), values.get(0));
        assertEquals("Report tickets: not measurable yet, the data starts after launch, so there is no before.", values.get(2).line());
    }

    @Test
    void tooLittleTimeOnEitherSideIsSaidInWords() {
        assertEquals("Report time: not measurable yet, less than a whole week of data before launch.",
                services.metricPreview().of(draft(LocalDate.of(2026, 2, 6))).get(1).line());
        assertEquals("Reports run: not measurable yet, less than a whole week since launch.",
                services.metricPreview().of(draft(LocalDate.of(2026, 3, 18))).get(0).line());
    }

    @Test
    void fewerWeeksBeforeLaunchCountFewerWeeks() {
        // Launched on 16 February: 2 whole weeks before, 5 since; p3 is active only before.
        // Active in both: p1 (2 before, 1 since), p2 (1, 2), p4 (0, 3), p5 (1, 1): 4 over 4 × 2 weeks, then 7 over 4 × 5.
        assertEquals(new MetricPreview.Values("Reports run", "per person per week", 0.5, 7 / 20.0, 2, 5, "4 people active in both", null),
                services.metricPreview().of(draft(LocalDate.of(2026, 2, 16))).get(0));
    }
}
