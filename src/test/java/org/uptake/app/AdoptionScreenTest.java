package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.adoption.AdoptionView;
import org.uptake.gui.adoption.PeopleWindow;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;

/** The Adoption screen on the sample workspace: tiles, breakdowns, the funnel breakdown and the feature picker drive it. */
@ExtendWith(ApplicationExtension.class)
class AdoptionScreenTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private MainWindowViewModel window;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        window = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    @Test
    void theScreenShowsTheSamplesAdoptionAndFollowsThePickers(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample(SampleTruthCliTest.SAMPLE.toAbsolutePath(), temp.resolve("Sample")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                && window.selectedFeatureProperty().get() != null);
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals("dashboard-customization")).findFirst().orElseThrow()));
        robot.interact(() -> window.screenProperty().set(Screen.ADOPTION));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "34.0%".equals(tileValue(robot, "#tile-adoption")));
        // The tiles are set first in the same FX update that then draws the charts and fills the tables.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("222", tileValue(robot, "#tile-abandoned"));
        assertEquals("3", tileValue(robot, "#tile-reverted"));
        TableView<?> breakdowns = robot.lookup("#" + AdoptionView.BREAKDOWN_TABLE_ID).queryTableView();
        List<String> rows = breakdowns.getItems().stream().map(r -> String.join("|", (String[]) r)).toList();
        assertTrue(rows.contains("segment|enterprise|731|380|52.0%"), rows.toString());
        TableView<?> shouldBeUsing = robot.lookup("#" + AdoptionView.SHOULD_BE_USING_ID).queryTableView();
        assertTrue(shouldBeUsing.getItems().size() > 100, "active non-adopters in enterprise and SMB");

        robot.clickOn("#tile-abandoned");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + PeopleWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> people = robot.lookup("#" + PeopleWindow.TABLE_ID).queryTableView();
        assertEquals(222, people.getItems().size());
        robot.interact(() -> robot.lookup("#" + PeopleWindow.FILTER_ID).queryAs(javafx.scene.control.TextField.class).setText("enterprise"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(people.getItems().size() < 222 && !people.getItems().isEmpty(), "filtered to one segment");
        robot.doubleClickOn(robot.lookup("#" + PeopleWindow.TABLE_ID + " .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> timeline = robot.lookup("#" + TimelineWindow.TABLE_ID).queryTableView();
        assertTrue(timeline.getItems().stream().anyMatch(e -> ((TimelineEvent) e).event().equals("dashboard_edit_opened")),
                "an abandoner's timeline holds their edit attempt");
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));

        ComboBox<FunnelReport.Breakdown> by = robot.lookup("#" + AdoptionView.BREAKDOWN_ID).queryComboBox();
        robot.interact(() -> by.setValue(FunnelReport.Breakdown.PLATFORM));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals("scheduled-exports")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "14.5%".equals(tileValue(robot, "#tile-adoption")));
    }

    private static String tileValue(FxRobot robot, String tileId) {
        return robot.lookup(tileId + " .tile-value").tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }
}
