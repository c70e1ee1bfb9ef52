package org.uptake.struggle;

import org.uptake.TestServices;
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
        report = TestServices.asTheAppBuildsIt(workspace).struggles().analyze("dashboard-customization", null, null, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theMobileClusterIsFoundWithHighConfidence() {
        // The planted finding (mobile people abandon at the drag handle) comes first, now that no
        // cluster is described by the step where people stopped.
        StruggleCluster mobile = report.clusters().get(0);
        assertEquals(List.of(new ClusterAttribute(ClusterAttribute.MAIN_PLATFORM, "mobile")), mobile.attributes(), report.clusters().toString());
        assertEquals("high", mobile.confidence());
        assertTrue(mobile.oddsRatio() > 3, "odds ratio " + mobile.oddsRatio());
        assertTrue(mobile.headline().startsWith("Mobile users abandon at widget_moved and rage-click widget_drag_handle: "), mobile.headline());
        assertTrue(mobile.also().contains("on mobile"), "the attempt's platform holds nearly the same people: " + mobile.also());
        assertTrue(report.clusters().stream().flatMap(c -> c.attributes().stream())
                .allMatch(a -> ClusterAttribute.ALL.contains(a.attribute())), "who and where only");
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
