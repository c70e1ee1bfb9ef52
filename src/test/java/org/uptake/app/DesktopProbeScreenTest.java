package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.shell.DesktopProbe;
import org.uptake.gui.shell.ProbeReport;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * The desktop probe of {@code uptake bench desktop}, in this process on the headless platform: on the sample
 * workspace with a small events file dropped on the window, it runs every phase to its end through the real
 * window and screens, and its report reads back as the bench reads it. Timings are not asserted.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopProbeScreenTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void runsEveryPhaseThroughTheWindowAndReportsEach(FxRobot robot) throws Exception {
        Path folder = temp.resolve("sample");
        try (Workspace workspace = Workspace.create(folder)) {
            new Importer(workspace).importFolder(SampleTruthCliTest.SAMPLE.toAbsolutePath(), Progress.NONE);
        }
        // Events unlike the sample's: names it never uses, one person it does not know.
        Path dropped = Files.writeString(temp.resolve("kiosk-events.csv"), """
                event_id,user_id,timestamp,event,platform,session_id,target,properties
                k1,u000001,2026-03-16T09:00:00Z,kiosk_opened,kiosk,s1,,{}
                k2,u000001,2026-03-16T09:00:05Z,kiosk_badge_printed,kiosk,s1,print_button,{}
                k3,visitor_9,2026-03-16T10:00:00Z,kiosk_opened,kiosk,s2,,{}
                """);
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        AtomicReference<ProbeReport> measured = new AtomicReference<>();
        robot.interact(() -> new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage, new DesktopProbe(dropped, 300, measured::set))
                .openWorkspace(folder));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> measured.get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        // The window's close (which lets go of the workspace) runs on the FX thread after the stage stops showing.
        WaitForAsyncUtils.waitForFxEvents();

        ProbeReport report = measured.get();
        assertNull(report.problem());
        assertEquals(List.of("open workspace", "import kiosk-events.csv", "Overview", "Adoption", "Struggles", "Impact", "Accounts",
                "account page"), report.phases().stream().map(ProbeReport.Phase::name).toList());
        assertEquals(List.of(), report.phases().stream().filter(p -> !p.finished()).map(ProbeReport.Phase::name).toList());
        assertTrue(report.shownEpochMs() > 0 && report.jvmStartToShownMs() > 0, report.toString());
        // The wizard imported the dropped file: the workspace now knows the new event names (the window closed it on quitting).
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(java.util.Map.of("kiosk_badge_printed", 1, "kiosk_opened", 2), new org.uptake.adoption.EventCatalogQueries(workspace)
                    .all().stream().filter(e -> e.name().startsWith("kiosk_"))
                    .collect(java.util.stream.Collectors.toMap(e -> e.name(), e -> e.people())));
        }

        Path file = temp.resolve("report.json");
        ProbeReportFile.write(file, report);
        JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertEquals(List.of("shownEpochMs", "jvmStartToShownMs", "phases"), names(json));
        assertEquals(List.of("name", "finished", "elapsedMs", "longestPulseGapMs", "gapsOver100Ms", "stalls"), names(json.get("phases").get(0)));
        assertEquals(report, ProbeReportFile.read(file));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
