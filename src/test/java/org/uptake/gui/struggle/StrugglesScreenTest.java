package org.uptake.gui.struggle;

import org.uptake.TestServices;
import org.uptake.services.WorkspaceServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.common.ExportTo;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StrugglingPerson;

/** The Struggles screen on the sample: tiles, clusters that narrow the people, a timeline with the signals, the kind filter. */
class StrugglesScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    private void showStruggles(FxRobot robot, ExportTo exports) throws Exception {
        openSample("dashboard-customization");
        WorkspaceServices services = TestServices.asTheAppBuildsIt(workspace);
        StrugglesViewModel viewModel = new StrugglesViewModel(services.struggles(), services.adoption()::contacts, executor, notifier,
                feature, exports, services.featureVersions());
        show(robot, () -> new StrugglesView(viewModel));
    }

    @Test
    void clustersLeadToPeopleAndPeopleToTheirSignalsInTheTimeline(FxRobot robot) throws Exception {
        showStruggles(robot, ExportTo.cancel());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> "71%".equals(tileValue(robot, "#tile-early-warning")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("222", tileValue(robot, "#tile-abandoned"));
        assertEquals("21", tileValue(robot, "#tile-tickets"));

        TableView<StruggleCluster> clusters = robot.lookup("#" + StrugglesView.CLUSTERS_ID).queryTableView();
        TableView<StrugglingPerson> people = robot.lookup("#" + StrugglesView.PEOPLE_ID).queryTableView();
        int everyone = people.getItems().size();
        int mobile = -1;
        for (int i = 0; i < clusters.getItems().size(); i++) {
            if (clusters.getItems().get(i).headline().startsWith("Mobile users abandon")) {
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
        assertTrue(people.getItems().stream().allMatch(p -> List.of("ios", "android").contains(p.person().mainPlatform())),
                "the cluster is people who mainly use mobile");

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
    void peopleListsShowEmailsAndAccountNamesWithTheIdsInTooltips(FxRobot robot) throws Exception {
        showStruggles(robot, ExportTo.cancel());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> "71%".equals(tileValue(robot, "#tile-early-warning")));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, String> emails = sampleColumn("people.csv", "email");
        java.util.Map<String, String> accounts = sampleColumn("accounts.csv", "name");
        TableView<StrugglingPerson> people = robot.lookup("#" + StrugglesView.PEOPLE_ID).queryTableView();
        StrugglingPerson first = people.getItems().get(0);
        assertEquals(List.of(emails.get(first.person().userId()), first.person().userId()),
                List.of(shownCell(robot, people, "Person", 0)));
        assertEquals(List.of(accounts.get(first.person().accountId()), first.person().accountId()),
                List.of(shownCell(robot, people, "Account", 0)));
        assertTrue(robot.lookup(".section-title").queryAllAs(javafx.scene.control.Label.class).stream()
                        .anyMatch(l -> l.getText().startsWith("All struggling people from 2 Mar to 16 Mar 2026 (")),
                "the people list says which days it counts");

        robot.clickOn("Early warning");
        TableView<org.uptake.struggle.EarlyWarning.Row> early = robot.lookup("#" + StrugglesView.EARLY_ID).queryTableView();
        String filer = early.getItems().get(0).userId();
        assertEquals(List.of(emails.get(filer), filer), List.of(shownCell(robot, early, "Person", 0)));
        assertTrue(accounts.containsValue(shownCell(robot, early, "Account", 0)[0]), "the filer's account by its name");
    }

    @Test
    void fileBugWritesTheDefectsEvidence(FxRobot robot) throws Exception {
        ExportTo exports = ExportTo.folder(temp);
        showStruggles(robot, exports);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> "71%".equals(tileValue(robot, "#tile-early-warning")));
        // The tiles and the suspects pane are filled in separate pulses: wait for the tab's title too. Its content joins
        // the window when the tab is first opened.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Bug suspects (1)").tryQuery().isPresent());
        robot.clickOn("Bug suspects (1)");
        TableView<?> suspects = robot.lookup("#" + StrugglesView.SUSPECTS_ID).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suspects.getItems().size() == 3);
        assertEquals(3, suspects.getItems().size(), "three reverters, one of them a defect");
        robot.clickOn("#fileBug");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !notifier.told().isEmpty());
        Path file = temp.resolve("dashboard-customization-bugs.md");
        assertEquals(List.of("File bug: save the suspected defects | dashboard-customization-bugs.md | *.md *.csv *.json"), exports.asked());
        assertEquals(List.of("Exported: 1 suspected defect written to " + file + "."), notifier.told(),
                "one defect: the render error, with its broken state and ticket as evidence");
        String markdown = Files.readString(file);
        assertTrue(markdown.contains("dashboard_render_error") && markdown.contains("u000849"), markdown);
    }

}
