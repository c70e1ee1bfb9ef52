package org.uptake.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.report.ImpactPdf;
import org.uptake.report.PortfolioExport;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;

/** On the sample scenario: the planted −14% session time and −19% tickets are recovered, the PDF says so, the portfolio flags Saved views. */
class ImpactSampleTest {

    static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static ImpactAnalysis analysis;
    static ImpactReport report;
    static JsonNode truth;

    @BeforeAll
    static void measure() throws Exception {
        truth = new ObjectMapper().readTree(SAMPLE.resolve("truth.json").toFile());
        workspace = Workspace.create(temp.resolve("ws"));
        new Importer(workspace).importFolder(SAMPLE, Progress.NONE);
        analysis = new ImpactAnalysis(workspace);
        report = analysis.report("dashboard-customization", true, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static MetricImpact metric(String name) {
        return report.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void thePlantedSessionTimeEffectIsRecoveredWithHighConfidence() {
        MetricImpact m = metric("Dashboard session time");
        double planted = truth.at("/story/effects/sessionTime/planted").asDouble();
        assertTrue(m.effect().contains(planted), planted + " in " + m.effect());
        assertTrue(m.effect().excludesZero());
        assertTrue(m.placeboPasses(), "a fake launch four weeks earlier shows nothing: " + m.placebo());
        assertEquals(Confidence.HIGH, m.confidence());
        assertTrue(m.improved());
        assertEquals(4, m.weeksBefore());
        assertEquals(2, m.weeksAfter());
    }

    @Test
    void thePlantedTicketDropIsInsideItsIntervalAndNotOverclaimed() {
        MetricImpact m = metric("Dashboard navigation tickets");
        double planted = truth.at("/story/effects/navigationTickets/planted").asDouble();
        assertTrue(m.effect().contains(planted), planted + " in " + m.effect());
        assertEquals(Confidence.LOW, m.confidence(), "two weeks of tickets cannot tell −19% from noise");
        assertTrue(m.verdict().startsWith("No measurable change"), m.verdict());
        assertTrue(m.caveats().stream().anyMatch(c -> c.startsWith("Attribution: tickets have no comparison group")));
    }

    @Test
    void theReportSaysWhatElseChangedAndWhatToDo() {
        assertTrue(metric("Dashboard session time").caveats().stream()
                .anyMatch(c -> c.contains("campaign cmp-2026-03-dashboard-power-users reached 150 people")));
        assertTrue(report.summary().startsWith("Dashboard customization, 14 days after launch: adoption is at 34.0% against a pace of 11.7%"),
                report.summary());
        assertTrue(report.summary().contains("71% of them on mobile"), report.summary());
        assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("Promote it in the smb newsletter")), report.recommendations().toString());
        assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("Fix the defect")));
        assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("Help mobile")), report.recommendations().toString());
    }

    @Test
    void thePdfHasItsPagesTextAndEmbeddedFont() throws Exception {
        Path file = temp.resolve("impact.pdf");
        ImpactPdf.write(report, ExportFile.to(file, workspace.folder(), false));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 5, pdf.getNumberOfPages() + " pages");
            String title = new PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(pdf);
            assertTrue(title.contains("Impact report") && title.contains("Dashboard customization"), title);
            String all = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Summary", "Recommendations", "Adoption against target", "Success metrics",
                    "Dashboard session time — confidence: high", "Struggles and bugs", "Outreach results", "How this was measured",
                    "Page 2 of " + pdf.getNumberOfPages(), "cmp-2026-03-dashboard-power-users")) {
                assertTrue(all.contains(expected), "the PDF says " + expected);
            }
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                for (var name : pdf.getPage(i).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(i).getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void thePortfolioFlagsSavedViewsForASunsetReview() throws Exception {
        List<PortfolioRow> rows = new Portfolio(workspace, analysis).rank(Progress.NONE);
        Map<String, PortfolioRow> byKey = rows.stream().collect(Collectors.toMap(PortfolioRow::featureKey, r -> r));
        assertEquals(PortfolioRow.Flag.SUNSET_REVIEW, byKey.get("saved-views").flag());
        assertEquals(0, byKey.get("saved-views").priority());
        assertEquals(PortfolioRow.Flag.INVEST_MORE, byKey.get("dashboard-customization").flag());
        assertEquals(PortfolioRow.Flag.NEEDS_HELP, byKey.get("scheduled-exports").flag());
        assertEquals("dashboard-customization", rows.get(0).featureKey(), "measured impact ranks first");
        assertTrue(byKey.get("dashboard-customization").feedbackLoopDays() != null, "the report made above counts");
        Path pdf = temp.resolve("portfolio.pdf");
        PortfolioExport.pdf(rows, ExportFile.to(pdf, workspace.folder(), false));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Saved views") && text.contains("sunset review"), text);
        }
        Path csv = temp.resolve("portfolio.csv");
        PortfolioExport.csv(rows, ExportFile.to(csv, workspace.folder(), false));
        assertTrue(java.nio.file.Files.readString(csv).lines().anyMatch(l -> l.startsWith("saved-views,") && l.contains("sunset review")));
    }
}
