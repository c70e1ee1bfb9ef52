package org.uptake.gui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
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
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.watch.Alert;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchFixtures;
import org.uptake.workspace.Workspace;

/** The Alerts panel on screen: the alerts in a table, a picked one's figures, and Snooze taking it off the badge. */
@ExtendWith(ApplicationExtension.class)
class AlertsScreenTest {

    @TempDir
    Path temp;
    Workspace workspace;
    AlertsViewModel viewModel;

    @Start
    void start(Stage stage) {
        workspace = Workspace.create(temp.resolve("ws"));
        Watch watch = WatchFixtures.watch(workspace);
        WatchFixtures.raise(watch, LocalDate.of(2026, 7, 2), "board", "views");
        viewModel = new AlertsViewModel(watch, new SynchronousTaskExecutor(), RecordingNotifier.onProblem((t, e) -> { }), (s, f) -> { });
        stage.setScene(new Scene(new AlertsView(viewModel), 1000, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aPickedAlertShowsItsFiguresAndSnoozeTakesItOffTheBadge(FxRobot robot) {
        TableView<Alert> table = robot.lookup("#" + AlertsView.TABLE_ID).queryTableView();
        assertEquals(2, table.getItems().size());
        assertEquals(2, viewModel.openCountProperty().get());
        robot.interact(() -> table.getSelectionModel().select(1));
        String details = robot.lookup("#alertDetails").queryAs(javafx.scene.control.TextArea.class).getText();
        assertEquals("views struggles\nopen · since 2026-07-02 · p = 0.001 (test) · see Struggles\nshare 30.0%", details);
        robot.clickOn("#snoozeAlert");
        assertEquals(1, viewModel.openCountProperty().get());
        assertEquals("No events yet: alerts start once data arrives.", robot.lookup("#alertsStatus").queryAs(Label.class).getText());
    }
}
