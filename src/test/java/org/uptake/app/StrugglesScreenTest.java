package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
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
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.gui.struggle.StrugglesView;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StrugglingPerson;

/** The Struggles screen on the sample: tiles, clusters that narrow the people, a timeline with the signals, the kind filter. */
@ExtendWith(ApplicationExtension.class)
class StrugglesScreenTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private MainWindowViewModel window;
    private StrugglesView view;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        window = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    @Test
    void clustersLeadToPeopleAndPeopleToTheirSignalsInTheTimeline(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample(SampleTruthCliTest.SAMPLE.toAbsolutePath(), temp.resolve("Sample")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                && window.selectedFeatureProperty().get() != null);
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals("dashboard-customization")).findFirst().orElseThrow()));
        robot.interact(() -> window.screenProperty().set(Screen.STRUGGLES));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "71%".equals(tileValue(robot, "#tile-early-warning")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("222", tileValue(robot, "#tile-abandoned"));
        assertEquals("21", tileValue(robot, "#tile-tickets"));

        TableView<StruggleCluster> clusters = robot.lookup("#" + StrugglesView.CLUSTERS_ID).queryTableView();
        TableView<StrugglingPerson> people = robot.lookup("#" + StrugglesView.PEOPLE_ID).queryTableView();
        int everyone = people.getItems().size();
        int mobile = -1;
        for (int i = 0; i < clusters.getItems().size(); i++) {
            if (clusters.getItems().get(i).label().startsWith("mobile · abandoned")) {
                mobile = i;
            }
        }
        assertTrue(mobile >= 0, "the planted mobile cluster is listed");
        int row = mobile;
        robot.interact(() -> {
            clusters.scrollTo(row);
            clusters.getSelectionModel().select(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clusters.getItems().get(mobile).struggling(), people.getItems().size());
        assertTrue(people.getItems().size() < everyone);
        assertTrue(people.getItems().stream().allMatch(p -> List.of("ios", "android").contains(p.person().entryPlatform())));

        robot.interact(() -> {
            people.getSelectionModel().select(0);
            people.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent());
        TableView<TimelineEvent> timeline = robot.lookup("#" + TimelineWindow.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        TimelineEvent selected = timeline.getSelectionModel().getSelectedItem();
        assertTrue(selected != null && List.of("element_clicked", "undo", "redo", "widget_moved", "dashboard_edit_opened")
                .contains(selected.event()), "the timeline opens at the first signal event: " + selected);
        assertTrue(robot.lookup(".table-row-cell.feature-event").queryAll().size() > 0, "signal events are highlighted");

        // The kind filter: only the people with a support ticket remain.
        for (String kind : List.of("rage_clicks", "undo_loop", "abandoned", "error", "workaround")) {
            CheckBox box = robot.lookup("#kind-" + kind).queryAs(CheckBox.class);
            robot.interact(() -> box.setSelected(false));
        }
        robot.interact(() -> robot.lookup("#" + StrugglesView.CLUSTERS_ID).queryTableView().getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<StrugglingPerson> ticketers = robot.lookup("#" + StrugglesView.PEOPLE_ID).queryTableView();
        assertEquals(21, ticketers.getItems().size());
    }

    @Test
    void fileBugWritesTheDefectsEvidence(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample(SampleTruthCliTest.SAMPLE.toAbsolutePath(), temp.resolve("Sample2")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                && window.selectedFeatureProperty().get() != null);
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals("dashboard-customization")).findFirst().orElseThrow()));
        robot.interact(() -> window.screenProperty().set(Screen.STRUGGLES));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "71%".equals(tileValue(robot, "#tile-early-warning")));
        view = robot.lookup(n -> n instanceof StrugglesView).queryAs(StrugglesView.class);
        TableView<?> suspects = robot.lookup("#" + StrugglesView.SUSPECTS_ID).queryTableView();
        assertEquals(3, suspects.getItems().size(), "three reverters, one of them a defect");
        Path file = temp.resolve("bugs.md");
        int[] written = new int[1];
        robot.interact(() -> written[0] = view.viewModelForTests().fileBugs(file));
        assertEquals(1, written[0], "one defect: the render error, with its broken state and ticket as evidence");
        String markdown = Files.readString(file);
        assertTrue(markdown.contains("dashboard_render_error") && markdown.contains("u000849"), markdown);
    }

    private static String tileValue(FxRobot robot, String tileId) {
        return robot.lookup(tileId + " .tile-value").tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }
}
