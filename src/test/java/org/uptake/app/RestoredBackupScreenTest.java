package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
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
import org.uptake.gui.overview.OverviewView;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** A workspace whose database was restored from an older backup: the Overview offers to import the later originals again. */
@ExtendWith(ApplicationExtension.class)
class RestoredBackupScreenTest {

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
    void theOverviewOffersToImportTheKeptFilesTheDatabaseDoesNotKnow(FxRobot robot) throws Exception {
        Path folder = temp.resolve("Restored");
        Path backup = temp.resolve("backup.mv.db");
        try (Workspace workspace = Workspace.create(folder)) {
            importText(workspace, "monday.csv", "user_id,timestamp,event\nu1,2026-03-02T10:00:00Z,open\n");
        }
        Files.copy(folder.resolve(Workspace.DATABASE_FILE), backup);
        try (Workspace workspace = Workspace.open(folder)) {
            importText(workspace, "tuesday.csv", "user_id,timestamp,event\nu2,2026-03-03T10:00:00Z,open\nu3,2026-03-03T11:00:00Z,open\n");
        }
        Files.copy(backup, folder.resolve(Workspace.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);

        robot.interact(() -> window.openWorkspace(folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + OverviewView.KEPT_BANNER_ID).tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        HBox banner = robot.lookup("#" + OverviewView.KEPT_BANNER_ID).queryAs(HBox.class);
        assertEquals("1 kept file in imports/ is not in this workspace's database (2-tuesday.csv): a restored backup or an"
                + " unfinished import left it. Import it again to bring its data back.", ((Label) banner.getChildren().get(0)).getText());
        assertEquals("1", TileValues.of(robot, "#tile-events"));

        robot.clickOn("#" + OverviewView.IMPORT_KEPT_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.screenProperty().get() == Screen.IMPORT);
        @SuppressWarnings("unchecked")
        ListView<FileEntry> list = robot.lookup("#" + ImportView.FILES_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1 && list.getItems().get(0).plan() != null);
        assertEquals("2-tuesday.csv", list.getItems().get(0).name());
        for (int i = 0; i < 3; i++) {
            javafx.scene.control.Button next = robot.lookup("#" + ImportView.NEXT_ID).queryButton();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !next.isDisabled());
            robot.clickOn(next);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().get(0).resultProperty().get() != null);
        assertEquals(2L, list.getItems().get(0).resultProperty().get().imported());

        robot.interact(() -> window.screenProperty().set(Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "3".equals(TileValues.of(robot, "#tile-events")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + OverviewView.KEPT_BANNER_ID).queryAs(HBox.class).isVisible());
        try (var files = Files.list(folder.resolve(Workspace.IMPORTS_FOLDER))) {
            assertEquals(List.of("1-monday.csv", "2-tuesday.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "imported again where it was kept, not copied a second time");
        }
    }

    private static void importText(Workspace workspace, String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        Importer importer = new Importer(workspace);
        importer.importFile(importer.plan(file), Progress.NONE);
    }
}
