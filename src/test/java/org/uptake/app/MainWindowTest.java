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
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.overview.OverviewView;
import org.uptake.gui.shell.MainWindow;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.gui.start.StartView;

/** Drives the real main window headless: start page, a new workspace, every screen, a second window. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private WindowFactory factory;
    private MainWindowViewModel window;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        factory = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(), new RecentWorkspaces(preferences), temp);
        window = factory.show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    @Test
    void createsAWorkspaceFromTheStartPageAndVisitsEveryScreen(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#" + StartView.NAME_FIELD_ID).queryAs(TextField.class).setText("Pilot launch"));
        robot.clickOn("#" + StartView.CREATE_BUTTON_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.isRegularFile(temp.resolve("Pilot launch").resolve("workspace.mv.db")));
        assertEquals("Pilot launch", robot.lookup("#" + MainWindow.WORKSPACE_NAME_ID).queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-people").tryQuery().isPresent());
        assertEquals("0", tileValue(robot, "#tile-people"));
        assertEquals("0", tileValue(robot, "#tile-events"));

        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.name().toLowerCase());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(screen, window.screenProperty().get());
            Node shown = currentScreen(robot);
            if (screen == Screen.OVERVIEW) {
                assertTrue(shown instanceof OverviewView, screen + " shows " + shown);
            } else if (screen == Screen.IMPORT) {
                assertTrue(shown instanceof org.uptake.gui.imports.ImportView, screen + " shows " + shown);
            } else if (screen == Screen.ADOPTION) {
                assertTrue(shown instanceof org.uptake.gui.adoption.AdoptionView, screen + " shows " + shown);
            } else if (screen == Screen.IMPACT) {
                assertTrue(shown instanceof org.uptake.gui.impact.ImpactView, screen + " shows " + shown);
            } else if (screen == Screen.PORTFOLIO) {
                assertTrue(shown instanceof org.uptake.gui.impact.PortfolioView, screen + " shows " + shown);
            } else if (screen == Screen.OUTREACH) {
                assertTrue(shown instanceof org.uptake.gui.outreach.OutreachView, screen + " shows " + shown);
            } else if (screen == Screen.ONBOARDING) {
                assertTrue(shown instanceof org.uptake.gui.onboarding.OnboardingView, screen + " shows " + shown);
            } else if (screen == Screen.STRUGGLES) {
                assertTrue(shown instanceof org.uptake.gui.struggle.StrugglesView, screen + " shows " + shown);
                assertTrue(robot.from(shown).lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().startsWith("No feature to show")), "an empty workspace says what is missing");
            } else if (screen == Screen.ALERTS) {
                assertTrue(shown instanceof org.uptake.gui.alerts.AlertsView, screen + " shows " + shown);
            } else if (screen == Screen.ACCOUNTS) {
                assertTrue(shown instanceof org.uptake.gui.account.AccountsView, screen + " shows " + shown);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.from(shown).lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().startsWith("The workspace holds no events yet")));
            } else {
                org.junit.jupiter.api.Assertions.fail(screen + " has no view");
            }
        }

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.ADOPTION, window.screenProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.OVERVIEW, window.screenProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.IMPORT, window.screenProperty().get());
        assertEquals(List.of(temp.resolve("Pilot launch").toAbsolutePath()), window.recentWorkspaces());
    }

    @Test
    void aSecondWindowOnTheSameWorkspaceIsToldItIsInUse(FxRobot robot) throws Exception {
        Path folder = temp.resolve("Shared");
        robot.interact(() -> window.createWorkspace(folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);

        MainWindowViewModel[] second = new MainWindowViewModel[1];
        robot.interact(() -> second[0] = factory.show(new Stage()));
        robot.interact(() -> second[0].openWorkspace(folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open the workspace", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("Workspace 'Shared' is already open in another Uptake window or process"),
                dialog.getContentText());
        assertEquals(null, second[0].workspaceProperty().get());

        robot.interact(() -> window.screenProperty().set(Screen.OVERVIEW));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-people").tryQuery().isPresent());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        robot.interact(window::closeWorkspace);
        robot.interact(() -> second[0].openWorkspace(folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> second[0].workspaceProperty().get() != null);
        robot.interact(second[0]::closeWorkspace);
    }

    private static Node currentScreen(FxRobot robot) {
        StackPane content = robot.lookup("#" + MainWindow.CONTENT_ID).queryAs(StackPane.class);
        return content.getChildren().get(0);
    }

    private static String tileValue(FxRobot robot, String tileId) {
        return TileValues.of(robot, tileId);
    }
}
