package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.model.SignalKind;
import org.uptake.report.BugReport;
import org.uptake.workspace.Workspace;

/** On the sample scenario, the struggles it planted are found: the mobile cluster, the reverters, the bug, the early warning. */
class StruggleSampleTest {

    static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static StruggleReport report;
    static JsonNode truth;

    @BeforeAll
    static void analyse() throws Exception {
        truth = new ObjectMapper().readTree(SAMPLE.resolve("truth.json").toFile());
        workspace = Workspace.create(temp.resolve("ws"));
        new Importer(workspace).importFolder(SAMPLE, Progress.NONE);
        report = new StruggleAnalysis(workspace).analyze("dashboard-customization", null, null, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theMobileClusterIsFoundWithHighConfidence() {
        StruggleCluster mobile = report.clusters().stream()
                .filter(c -> c.attributes().equals(List.of(new ClusterAttribute(ClusterAttribute.PLATFORM, "mobile"))))
                .findFirst().orElseThrow(() -> new AssertionError("no mobile cluster in " + report.clusters()));
        assertEquals("high", mobile.confidence());
        assertTrue(mobile.oddsRatio() > 3, "odds ratio " + mobile.oddsRatio());
        int abandonedOnMobile = truth.at("/features/0/abandonedOnMobile").asInt();
        assertTrue(mobile.struggling() >= abandonedOnMobile, mobile.struggling() + " struggling on mobile");
        assertTrue(mobile.label().startsWith("mobile · "), mobile.label());
        assertTrue(mobile.label().contains("rage clicks on widget_drag_handle"), mobile.label());
        assertEquals(truth.at("/features/0/abandoned").asInt(), report.peopleByKind().get(SignalKind.ABANDONED));
    }

    @Test
    void theRevertersAreSuspectsAndOnlyTheBugIsADefect() {
        Set<String> reverters = StreamSupport.stream(truth.at("/story/reverters").spliterator(), false)
                .map(r -> r.get("userId").asText()).collect(Collectors.toSet());
        Set<String> bug = StreamSupport.stream(truth.at("/story/reverters").spliterator(), false)
                .filter(r -> r.get("reason").asText().startsWith("bug")).map(r -> r.get("userId").asText()).collect(Collectors.toSet());
        assertEquals(reverters, report.bugSuspects().stream().filter(BugSuspect::reverted).map(b -> b.person().userId())
                .collect(Collectors.toSet()));
        assertEquals(bug, report.bugSuspects().stream().filter(BugSuspect::defect).map(b -> b.person().userId())
                .collect(Collectors.toSet()));
        List<BugReport.Bug> bugs = BugReport.bugs(report.feature(), report.bugSuspects());
        assertTrue(bugs.stream().anyMatch(b -> b.title().contains("dashboard_render_error")), bugs.toString());
        assertTrue(BugReport.markdown(bugs).contains(bug.iterator().next()));
    }

    @Test
    void theEarlyWarningFigureMatchesThePlantedTickets() {
        // The drag-widget tickets, plus the render bug's ticket (its error came hours before it).
        int tickets = truth.at("/story/dragWidgetTickets/tickets").asInt() + 1;
        int before = truth.at("/story/dragWidgetTickets/struggleDetectedBefore").asInt() + 1;
        EarlyWarning w = report.earlyWarning();
        assertEquals(tickets, w.ticketPeople());
        assertEquals(before, w.detectedBefore());
        assertTrue(w.share() > 0.5, "the brief's goal");
    }
}
