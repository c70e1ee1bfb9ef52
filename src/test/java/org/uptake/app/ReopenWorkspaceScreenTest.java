package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.shell.Screen;

/** Closing a workspace while its screens are still analysing, then reopening it, is quiet: no dialog at all. */
class ReopenWorkspaceScreenTest extends SampleScreenTest {

    @Start
    void start(Stage stage) {
        showWindow(stage);
    }

    @Test
    void closingWithScreensBusyAndReopeningShowsNoError(FxRobot robot) throws Exception {
        openSample(robot, "reopen", "dashboard-customization", Screen.OVERVIEW);
        Path folder = window.workspaceProperty().get().folder();
        for (int round = 0; round < 2; round++) {
            for (Screen screen : Screen.values()) {
                robot.interact(() -> window.screenProperty().set(screen));
            }
            robot.interact(window::closeWorkspace);
            robot.interact(() -> window.openWorkspace(folder));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                    && window.selectedFeatureProperty().get() != null);
        }
        for (Screen screen : Screen.values()) {
            robot.interact(() -> window.screenProperty().set(screen));
        }
        // Let every analysis the visits started, and every one dropped by the close, come to its end.
        Thread.sleep(8_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs());
    }

    private static List<String> dialogs() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> ((Stage) w).getTitle() + ": " + w.getScene().getRoot().lookupAll(".content").stream()
                        .map(n -> n instanceof javafx.scene.control.Label l ? l.getText() : "").toList())
                .toList();
    }
}
