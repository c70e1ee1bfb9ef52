package org.uptake.gui.impact;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.Portfolio;
import org.uptake.impact.PortfolioRow;

/** The Impact and Portfolio screens on the sample: the summary and metric tiles, the ranked portfolio with its flags. */
class ImpactScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void theImpactReportAndThePortfolioShowWhatWasMeasured(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        ExportTo exports = ExportTo.folder(temp);
        org.uptake.services.WorkspaceServices services = TestServices.asTheAppBuildsIt(workspace);
        ImpactViewModel viewModel = new ImpactViewModel(services.impact(), services.validation(), services.portfolio(), executor,
                notifier, feature, exports, services.clusterFigures());
        show(robot, () -> new ImpactView(viewModel));
        Label summary = robot.lookup("#" + ImpactView.SUMMARY_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> summary.getText().contains("adoption in the target segments (enterprise and smb) is at 32.6%"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-13.9%", tileValue(robot, "#tile-metric-1"));
        assertTrue(summary.getText().contains("Dashboard session time is 13.9% lower"), summary.getText());
        assertEquals(services.featureVersions().latest("dashboard-customization").orElseThrow().label(),
                robot.lookup("#" + ImpactView.DEFINITION_ID).queryAs(Label.class).getText(), "the header names the definition measured");
        assertTrue(viewModel.reportProperty().get().definition().startsWith("definition v1, "));

        // Validate runs in the background and states the report's false-claim and recovery rates.
        robot.clickOn("#" + ImpactView.VALIDATE_BUTTON_ID);
        javafx.scene.layout.VBox validation = robot.lookup("#" + ImpactView.VALIDATION_ID).queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> validation.getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("Dashboard session time: at 30 placebo launch dates")));
        assertTrue(((Label) validation.getChildren().get(0)).getText().contains("false-claim rate 0%"),
                ((Label) validation.getChildren().get(0)).getText());

        // The PDF carries the validation just run; it is written off the FX thread and the analyst is told where.
        robot.clickOn("#" + ImpactView.EXPORT_PDF_ID);
        Path pdf = temp.resolve("impact-report.pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !notifier.told().isEmpty());
        assertEquals(java.util.List.of("Exported: Written to " + pdf + "."), notifier.told());
        assertTrue(Files.size(pdf) > 10_000, "a report with its charts");

        show(robot, () -> new PortfolioView(viewModel));
        TableView<PortfolioRow> table = robot.lookup("#" + PortfolioView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        PortfolioRow saved = table.getItems().stream().filter(r -> r.featureKey().equals("saved-views")).findFirst().orElseThrow();
        assertEquals(PortfolioRow.Flag.SUNSET_REVIEW, saved.flag());
        assertEquals("dashboard-customization", table.getItems().get(0).featureKey());
        assertEquals(6L, table.getItems().get(0).feedbackLoop().days(), "measured in data days, not from the report's wall-clock date");

        closeOwnedWindows(robot);
    }
}
