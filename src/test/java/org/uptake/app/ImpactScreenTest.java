package org.uptake.app;

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
import org.uptake.gui.impact.ImpactView;
import org.uptake.gui.impact.PortfolioView;
import org.uptake.gui.shell.Screen;
import org.uptake.impact.PortfolioRow;

/** The Impact and Portfolio screens on the sample: the summary and metric tiles, the ranked portfolio with its flags. */
class ImpactScreenTest extends SampleScreenTest {

    @Start
    void start(Stage stage) {
        showWindow(stage);
    }

    @Test
    void theImpactReportAndThePortfolioShowWhatWasMeasured(FxRobot robot) throws Exception {
        openSample(robot, "Sample", "dashboard-customization", Screen.IMPACT);
        Label summary = robot.lookup("#" + ImpactView.SUMMARY_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> summary.getText().contains("adoption in the target segments (enterprise and smb) is at 32.6%"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-13.9%", tileValue(robot, "#tile-metric-1"));
        assertTrue(summary.getText().contains("Dashboard session time is 13.9% lower"), summary.getText());

        // Validate runs in the background and states the report's false-claim and recovery rates.
        robot.clickOn("#" + ImpactView.VALIDATE_BUTTON_ID);
        javafx.scene.layout.VBox validation = robot.lookup("#" + ImpactView.VALIDATION_ID).queryAs(javafx.scene.layout.VBox.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> validation.getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("Dashboard session time: at 30 placebo launch dates")));
        assertTrue(((Label) validation.getChildren().get(0)).getText().contains("false-claim rate 0%"),
                ((Label) validation.getChildren().get(0)).getText());

        robot.interact(() -> window.screenProperty().set(Screen.PORTFOLIO));
        TableView<PortfolioRow> table = robot.lookup("#" + PortfolioView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        PortfolioRow saved = table.getItems().stream().filter(r -> r.featureKey().equals("saved-views")).findFirst().orElseThrow();
        assertEquals(PortfolioRow.Flag.SUNSET_REVIEW, saved.flag());
        assertEquals("dashboard-customization", table.getItems().get(0).featureKey());
        assertEquals(6L, table.getItems().get(0).feedbackLoop().days(), "measured in data days, not from the report's wall-clock date");

        robot.interact(() -> window.screenProperty().set(Screen.IMPACT));
        ImpactView view = robot.lookup(n -> n instanceof ImpactView).queryAs(ImpactView.class);
        Path pdf = temp.resolve("impact.pdf");
        robot.interact(() -> view.viewModelForTests().exportReport(org.uptake.workspace.ExportFile.to(pdf, null, false), p -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf) && pdf.toFile().length() > 10_000);
        closeOwnedWindows(robot);
    }
}
