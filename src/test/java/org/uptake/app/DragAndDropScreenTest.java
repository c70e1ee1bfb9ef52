package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
import org.uptake.gui.shell.MainWindow;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;

/** Drops on the real window: with no workspace open, of a folder, and the highlight's life (no layout shift, never stuck). */
@ExtendWith(ApplicationExtension.class)
class DragAndDropScreenTest {

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
    void aFolderDroppedWithNoWorkspaceOpenWaitsForOneThenOpensInTheWizard(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("exports/more"));
        Files.writeString(temp.resolve("exports/people.csv"), "user_id,segment\nu1,smb\n");
        Files.writeString(folder.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n");

        robot.interact(() -> FileDrop.drop(stage.getScene().getRoot(), List.of(temp.resolve("exports").toFile())));
        WaitForAsyncUtils.waitForFxEvents();
        Node banner = robot.lookup("#" + MainWindow.DROP_WAITING_ID).query();
        assertTrue(banner.isVisible());
        assertEquals("1 dropped file waits for a workspace: create one or open one below (or a recent one), and it opens"
                + " in the import wizard.", robot.from(banner).lookup(".label").queryAs(Label.class).getText());

        robot.interact(() -> window.createWorkspace(temp.resolve("Dropped into")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.screenProperty().get() == Screen.IMPORT
                && robot.lookup("#" + ImportView.FILES_ID).tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<FileEntry> list = robot.lookup("#" + ImportView.FILES_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        assertEquals(List.of("events.csv", "people.csv"), list.getItems().stream().map(FileEntry::name).toList());
        assertFalse(banner.isVisible());
    }

    @Test
    void theHighlightNeitherShiftsTheLayoutNorOutlivesADragThatAnotherWindowInterrupted(FxRobot robot) throws Exception {
        Parent root = stage.getScene().getRoot();
        Node content = root.getChildrenUnmodifiable().get(0);
        Bounds before = content.localToScene(content.getLayoutBounds());
        robot.interact(() -> FileDrop.dragOver(root, List.of(new File("a.csv"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(root.getStyleClass().contains(MainWindow.DROP_TARGET));
        assertEquals(before, content.localToScene(content.getLayoutBounds()));

        // An error dialog opening mid-drag: the drag never exits the main window.
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(stage);
            dialog[0].setScene(new javafx.scene.Scene(new Label("Could not read the file"), 300, 100));
            dialog[0].show();
        });
        assertFalse(root.getStyleClass().contains(MainWindow.DROP_TARGET));
        robot.interact(() -> dialog[0].close());

        robot.interact(() -> FileDrop.dragOver(root, List.of(new File("a.csv"))));
        assertTrue(root.getStyleClass().contains(MainWindow.DROP_TARGET));
        robot.interact(() -> Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_MOVED, 10, 10, 10, 10, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertFalse(root.getStyleClass().contains(MainWindow.DROP_TARGET));
    }
}
