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
import org.uptake.gui.imports.FileEntry;
import org.uptake.gui.imports.ImportView;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;

/** Drops a file on the real window headless and walks the import wizard to its result; builds the sample on first run. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private MainWindowViewModel window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
    void aDroppedFileGoesThroughTheWizard(FxRobot robot) throws Exception {
        robot.interact(() -> window.createWorkspace(temp.resolve("Drop test")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);
        Path csv = temp.resolve("events.csv");
        Files.writeString(csv, "event_id,user_id,timestamp,event\n"
                + "e1,u1,2026-03-03T10:00:00Z,open\n"
                + "e2,u2,2026-03-03T11:00:00Z,open\n"
                + "e3,u2,not-a-time,open\n");

        robot.interact(() -> FileDrop.drop(stage.getScene().getRoot(), List.of(csv.toFile())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.screenProperty().get() == Screen.IMPORT);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<FileEntry> list = robot.lookup("#" + ImportView.FILES_ID)
                .queryAs(javafx.scene.control.ListView.class);
        List<FileEntry> files = list.getItems();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.size() == 1 && files.get(0).plan() != null);

        robot.clickOn("#" + ImportView.NEXT_ID);
        robot.clickOn("#" + ImportView.NEXT_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.get(0).validationProperty().get() != null);
        assertEquals(List.of(3L, 2L), List.of(files.get(0).validationProperty().get().rowsChecked(),
                files.get(0).validationProperty().get().good()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ImportView.NEXT_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> files.get(0).resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(2L, 1L), List.of(files.get(0).resultProperty().get().imported(),
                files.get(0).resultProperty().get().quarantined()));
        TableView<?> results = robot.lookup("#importResults").queryTableView();
        assertEquals(1, results.getItems().size());
        robot.interact(() -> results.getSelectionModel().select(0));
        TableView<?> quarantine = robot.lookup("#quarantineTable").queryTableView();
        assertEquals(1, quarantine.getItems().size());

        robot.interact(() -> window.screenProperty().set(Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2".equals(tileValue(robot, "#tile-events")));
    }

    @Test
    void ambiguousDatesAreResolvedOnTheColumnsPage(FxRobot robot) throws Exception {
        robot.interact(() -> window.createWorkspace(temp.resolve("Dates test")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);
        Path csv = temp.resolve("tickets-eu.csv");
        Files.writeString(csv, "Id,Subject,Requester email,Created at,Tags\n1,Help,a@b.c,03/04/2026 10:00,x\n2,More,d@e.f,01/02/2026 09:00,y\n");
        robot.interact(() -> window.importFiles(List.of(csv)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportView.NEXT_ID).tryQuery().isPresent());
        javafx.scene.control.Button next = robot.lookup("#" + ImportView.NEXT_ID).queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !next.isDisabled());
        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(next.isDisabled(), "day/month order must be chosen first");
        javafx.scene.control.ComboBox<org.uptake.ingest.TimestampFormat> format = robot.lookup("#timestampFormat").queryComboBox();
        assertEquals(org.uptake.ingest.TimestampFormat.AMBIGUOUS_DAY_MONTH, format.getValue());
        robot.interact(() -> format.setValue(org.uptake.ingest.TimestampFormat.DAY_FIRST));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!next.isDisabled(), "the wizard may go on once the order is chosen");
        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Import".equals(next.getText()));
        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importResults").tryQuery().isPresent()
                && !robot.lookup("#importResults").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.screenProperty().get() == Screen.IMPORT);
    }

    @Test
    void theFirstRunBuildsTheSampleWorkspaceThroughTheImporters(FxRobot robot) throws Exception {
        Path sample = Files.createDirectories(temp.resolve("sample-files"));
        Files.writeString(sample.resolve("features.json"), "[{\"key\":\"widgets\",\"name\":\"Widgets\",\"launchedAt\":\"2026-03-02\","
                + "\"adoption\":{\"event\":\"save\",\"target\":0.25,\"withinDays\":30},\"funnel\":[\"open\",\"save\"]}]");
        Files.writeString(sample.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\nu1,2026-03-03T10:05:00Z,save\n");
        robot.interact(() -> window.openSample(sample, temp.resolve("Sample")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2".equals(tileValue(robot, "#tile-events")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.selectedFeatureProperty().get() != null);
        assertEquals("Widgets", window.selectedFeatureProperty().get().name());
        assertTrue(Files.isRegularFile(temp.resolve("Sample").resolve("workspace.mv.db")));
    }

    private static String tileValue(FxRobot robot, String tileId) {
        return TileValues.of(robot, tileId);
    }
}
