package org.uptake.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;

/** What every screen test on the sample workspace shares: a real main window, the sample opened, a feature and a screen chosen. */
@ExtendWith(ApplicationExtension.class)
abstract class SampleScreenTest {

    @TempDir
    static Path temp;

    Preferences preferences;
    MainWindowViewModel window;

    /** Each test class calls this from its own {@code @Start} method: TestFX looks for one only on the test class itself. */
    void showWindow(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        window = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        closeOwnedWindows(robot);
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    /** Builds the sample workspace in {@code folder} through the importers, picks the feature and shows the screen. */
    void openSample(FxRobot robot, String folder, String featureKey, Screen screen) throws TimeoutException {
        robot.interact(() -> window.openSample(SampleTruthCliTest.SAMPLE.toAbsolutePath(), temp.resolve(folder)));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                && window.selectedFeatureProperty().get() != null);
        choose(robot, featureKey);
        robot.interact(() -> window.screenProperty().set(screen));
    }

    void choose(FxRobot robot, String featureKey) {
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals(featureKey)).findFirst().orElseThrow()));
    }

    /** Closes the dialogs and windows the screen opened (timelines, people lists, information alerts). */
    static void closeOwnedWindows(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    static String tileValue(FxRobot robot, String tileId) {
        return TileValues.of(robot, tileId);
    }
}
