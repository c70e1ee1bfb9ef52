package org.uptake.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.uptake.gui.shell.MainWindowViewModel;

/**
 * The JavaFX application: opens the first main window on the start page. On a newcomer's first run
 * (no recent workspace) it builds the sample workspace from the scenario's export files and opens it.
 */
public final class DesktopApp extends Application {

    static final Path SAMPLE_FILES = Path.of("sample-workspaces", "dashboard-customization");

    static void start(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowFactory windows = WindowFactory.forUser();
        boolean firstRun = windows.isFirstRun();
        MainWindowViewModel window = windows.show(stage);
        if (firstRun && Files.isDirectory(SAMPLE_FILES)) {
            window.openSample(SAMPLE_FILES.toAbsolutePath(), windows.sampleWorkspaceFolder());
        }
    }
}
