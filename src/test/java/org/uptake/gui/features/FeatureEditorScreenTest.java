package org.uptake.gui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.TestServices;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.EventCatalogEntry;
import org.uptake.adoption.FunnelReport;
import org.uptake.gui.SampleScreen;
import org.uptake.services.WorkspaceServices;

/**
 * The feature editor on the sample: a feature defined from nothing, by typing and picking from the
 * event catalogue, is saved, and its adoption equals that of the sample's dashboard-customization,
 * the same definition imported from features.json. Escape closes the editor.
 */
class FeatureEditorScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void aFeatureDefinedFromNothingAdoptsLikeTheSameDefinitionFromJson(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        WorkspaceServices services = TestServices.of(workspace);
        FeatureEditorViewModel model = new FeatureEditorViewModel(new FeatureEditorServices(services, temp.resolve("scratch")), executor,
                notifier, Duration.ofMillis(50), () -> { });
        show(robot, () -> new Label("Uptake"));
        robot.interact(() -> FeatureEditorWindow.show(stage, model, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.shownEvents().isEmpty() && !model.segments().isEmpty());

        // Typed, with Tab moving from the name to the key.
        robot.clickOn("#" + FeatureEditorView.NAME_ID).write("Layouts (defined in the editor)");
        robot.type(KeyCode.TAB).write("layouts-editor");
        robot.type(KeyCode.TAB).write("2026-03-02");
        assertEquals("layouts-editor", model.form().keyProperty().get());
        assertEquals("2026-03-02", model.form().launchedAtProperty().get());

        pick(robot, "layout_saved", FeatureEditorView.USE_AS_ADOPTION_ID);
        for (String step : List.of("dashboard_edit_opened", "widget_moved", "layout_saved")) {
            pick(robot, step, FeatureEditorView.ADD_TO_FUNNEL_ID);
        }
        pick(robot, "layout_reset", FeatureEditorView.USE_AS_REVERT_ID);
        pick(robot, "dashboard_filter_applied", FeatureEditorView.ADD_TO_LEGACY_ID);
        for (String segment : List.of("enterprise", "smb")) {
            CheckBox box = robot.lookup(n -> n instanceof CheckBox c && c.getText().equals(segment)).queryAs(CheckBox.class);
            robot.interact(box::fire);
        }
        assertEquals(List.of("dashboard_edit_opened", "widget_moved", "layout_saved"), model.form().funnel());
        assertEquals("", model.problemProperty().get());

        // A success metric typed in: the preview adds its line under the funnel, 4 whole weeks before launch against the 2 since.
        // (Typed into the fields as they are, whether or not the form is scrolled to them.)
        robot.interact(() -> {
            robot.lookup("#" + FeatureEditorView.METRIC_NAME_ID).queryTextInputControl().setText("Dashboard session time");
            robot.lookup("#" + FeatureEditorView.METRIC_EVENT_ID).queryTextInputControl().setText("dashboard_viewed");
            robot.lookup("#" + FeatureEditorView.METRIC_PROPERTY_ID).queryTextInputControl().setText("duration_s");
            robot.lookup("#" + FeatureEditorView.ADD_METRIC_ID).queryButton().fire();
        });
        assertEquals(List.of(new org.uptake.model.Feature.SuccessMetric("Dashboard session time", "dashboard_viewed", "duration_s", List.of(),
                "lower")), model.form().successMetrics());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.metricsProperty().get().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        String line = model.metricsProperty().get().get(0).line();
        assertTrue(line.matches("Dashboard session time: [0-9.]+ → [0-9.]+ mean duration_s, 4 weeks before vs 2 since"
                + " \\([0-9,]+ people with values in both\\)"), line);
        String shown = robot.lookup("#" + FeatureEditorView.PREVIEW_ID).queryAs(Label.class).getText();
        assertTrue(shown.endsWith("layout_saved: " + String.format("%,d", model.previewProperty().get().funnel().groups().get(0).steps().get(2)
                .people()) + "\n" + line), shown);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.previewProperty().get() != null);
        robot.clickOn("#" + FeatureEditorView.SAVE_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !notifier.told().isEmpty());
        assertEquals(List.of("Feature saved: Layouts (defined in the editor) saved as version 1."), notifier.told());

        AdoptionSummary fromEditor = services.adoption().summary("layouts-editor", null, null);
        AdoptionSummary fromJson = services.adoption().summary("dashboard-customization", null, null);
        assertEquals(adoptionOf(fromJson), adoptionOf(fromEditor));
        assertEquals(fromJson.adopters(), model.previewProperty().get().summary().adopters(), "the preview counted what the save did");
        assertEquals(funnelOf(services, "dashboard-customization"), funnelOf(services, "layouts-editor"));
        assertTrue(fromEditor.adopters() > 100, "the sample's layout savers");
        javafx.scene.control.ListView<?> history = robot.lookup("#" + FeatureEditorView.HISTORY_ID).queryListView();
        assertEquals(List.of(1), history.getItems().stream().map(v -> ((org.uptake.model.FeatureVersion) v).version()).toList());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#" + FeatureEditorView.CATALOGUE_ID).tryQuery().isPresent(), "Escape closed the editor");
    }

    /** Searches the catalogue, picks the one event shown and presses the button that uses it. */
    private static void pick(FxRobot robot, String event, String buttonId) {
        robot.interact(() -> robot.lookup("#" + FeatureEditorView.SEARCH_ID).queryTextInputControl().setText(event));
        TableView<EventCatalogEntry> table = robot.lookup("#" + FeatureEditorView.CATALOGUE_ID).queryTableView();
        robot.interact(() -> {
            int row = table.getItems().indexOf(table.getItems().stream().filter(e -> e.name().equals(event)).findFirst().orElseThrow());
            table.getSelectionModel().clearAndSelect(row);
        });
        robot.clickOn("#" + buttonId);
    }

    private static List<Object> adoptionOf(AdoptionSummary s) {
        return List.of(s.launchedAt(), s.to(), s.activePeople(), s.adopters(), s.targetAudience(), s.bySegment(), s.byPlan(), s.byRole(),
                s.byPlatform(), s.timeToFirstUse(), s.abandoned(), s.reverted(), s.stopped());
    }

    private static List<FunnelReport.Group> funnelOf(WorkspaceServices services, String key) {
        return services.adoption().funnel(key, FunnelReport.Breakdown.NONE, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS, null, null).groups();
    }
}
