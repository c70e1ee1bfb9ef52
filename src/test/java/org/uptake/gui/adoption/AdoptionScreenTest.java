package org.uptake.gui.adoption;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.SecondaryWindow;
import org.uptake.services.WorkspaceServices;

/**
 * The Adoption screen on the sample workspace: tiles, breakdowns, the people behind a number (which
 * close with Escape or Close), their export, and the funnel breakdown and the feature picker driving it.
 */
class AdoptionScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void theScreenShowsTheSamplesAdoptionAndFollowsThePickers(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        ExportTo exports = ExportTo.folder(temp);
        WorkspaceServices services = TestServices.asTheAppBuildsIt(workspace);
        AdoptionViewModel viewModel = new AdoptionViewModel(services.adoption(), executor, notifier, feature, exports, services.clusterFigures(),
                services.featureVersions());
        show(robot, () -> new AdoptionView(viewModel));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "32.6%".equals(tileValue(robot, "#tile-adoption")));
        // The tiles are set first in the same FX update that then draws the charts and fills the tables.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("222", tileValue(robot, "#tile-abandoned"));
        assertEquals("3", tileValue(robot, "#tile-reverted"));
        TableView<?> breakdowns = robot.lookup("#" + AdoptionView.BREAKDOWN_TABLE_ID).queryTableView();
        List<String> rows = breakdowns.getItems().stream().map(r -> String.join("|", (String[]) r)).toList();
        assertTrue(rows.contains("segment|enterprise|731|380|52.0%"), rows.toString());
        // A tab's content joins the window when the tab is first opened, as a person opens it.
        robot.clickOn("Should be using it");
        TableView<?> shouldBeUsing = robot.lookup("#" + AdoptionView.SHOULD_BE_USING_ID).queryTableView();
        assertTrue(shouldBeUsing.getItems().size() > 100, "active non-adopters in enterprise and SMB");
        org.uptake.adoption.NonAdopter first = (org.uptake.adoption.NonAdopter) shouldBeUsing.getItems().get(0);
        assertEquals(List.of(sampleColumn("people.csv", "email").get(first.userId()), first.userId()),
                List.of(shownCell(robot, shouldBeUsing, "Person", 0)));
        assertEquals(List.of(sampleColumn("accounts.csv", "name").get(first.accountId()), first.accountId()),
                List.of(shownCell(robot, shouldBeUsing, "Account", 0)));
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .anyMatch(l -> l.getText().endsWith("active days and events counted from 2 Mar to 16 Mar 2026.")),
                "the list says which days its counts cover");

        robot.clickOn("#tile-abandoned");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + PeopleWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> people = robot.lookup("#" + PeopleWindow.TABLE_ID).queryTableView();
        assertEquals(222, people.getItems().size());
        robot.interact(() -> robot.lookup("#" + PeopleWindow.FILTER_ID).queryAs(javafx.scene.control.TextField.class).setText("enterprise"));
        WaitForAsyncUtils.waitForFxEvents();
        int enterprise = people.getItems().size();
        assertTrue(enterprise < 222 && enterprise > 0, "filtered to one segment");

        robot.interact(() -> {
            people.getSelectionModel().select(0);
            people.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> timeline = robot.lookup("#" + TimelineWindow.TABLE_ID).queryTableView();
        assertTrue(timeline.getItems().stream().anyMatch(e -> ((TimelineEvent) e).event().equals("dashboard_edit_opened")),
                "an abandoner's timeline holds their edit attempt");

        // Escape closes the timeline; Close (after the export) the people list.
        robot.interact(() -> ((Stage) timeline.getScene().getWindow()).requestFocus());
        robot.interact(() -> timeline.requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent(), "Escape closed the timeline");

        // The export writes what the list shows (after the filter), off the FX thread, and says so.
        // Fired, not clicked: headless, a closed window can leave the people list under the screen's stage.
        robot.interact(() -> robot.lookup("#" + PeopleWindow.EXPORT_ID).queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !notifier.told().isEmpty());
        assertEquals(List.of("Exported: " + enterprise + " people written to " + temp.resolve("people.csv") + "."), notifier.told());
        assertEquals(1 + enterprise, Files.readAllLines(temp.resolve("people.csv")).size());

        robot.interact(() -> robot.lookup("#" + SecondaryWindow.CLOSE_ID).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#" + PeopleWindow.TABLE_ID).tryQuery().isPresent(), "Close closed the people list");

        ComboBox<FunnelReport.Breakdown> by = robot.lookup("#" + AdoptionView.BREAKDOWN_ID).queryComboBox();
        robot.interact(() -> by.setValue(FunnelReport.Breakdown.PLATFORM));
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "scheduled-exports");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "14.5%".equals(tileValue(robot, "#tile-adoption")));
    }

    @Test
    void theHeaderNamesTheDefinitionItsFiguresComeFromAndFollowsAnEdit(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        WorkspaceServices services = TestServices.asTheAppBuildsIt(workspace);
        AdoptionViewModel viewModel = new AdoptionViewModel(services.adoption(), executor, notifier, feature, ExportTo.cancel(),
                services.clusterFigures(), services.featureVersions());
        AdoptionView[] view = new AdoptionView[1];
        show(robot, () -> view[0] = new AdoptionView(viewModel));
        javafx.scene.control.Label definition = robot.lookup("#" + AdoptionView.DEFINITION_ID).queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !definition.getText().isEmpty());
        org.uptake.model.FeatureVersion first = services.featureVersions().latest("dashboard-customization").orElseThrow();
        assertEquals(1, first.version());
        assertEquals(first.label(), definition.getText());
        assertTrue(definition.getText().matches("definition v1, \\d{1,2} [A-Z][a-z]{2} \\d{4}"), definition.getText());

        // The target is edited (saved as the feature editor saves); shown again, the screen names version 2.
        org.uptake.model.Feature f = services.adoption().feature("dashboard-customization");
        org.uptake.model.Feature edited = new org.uptake.model.Feature(f.key(), f.name(), f.launchedAt(), f.problem(), f.targetSegments(),
                new org.uptake.model.Feature.AdoptionGoal(f.adoption().event(), 0.4, f.adoption().withinDays()), f.funnel(), f.revertEvent(),
                f.legacyEvents(), f.usageEvents(), f.successMetrics(), f.brief(), f.rageClickIgnore());
        org.uptake.ingest.FeaturesFile.save(services.importer(), edited, temp.resolve("scratch"));
        robot.interact(() -> view[0].onShown());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> definition.getText().startsWith("definition v2, "));
        assertEquals(services.featureVersions().latest("dashboard-customization").orElseThrow().label(), definition.getText());
        assertEquals(0.4, viewModel.resultProperty().get().summary().target(), "the figures shown with it are the edited definition's");
    }
}
