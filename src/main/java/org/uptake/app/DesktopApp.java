package org.uptake.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import java.util.List;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.workspace.Workspace;

/**
 * The JavaFX application: opens the first main window with the workspace it was given, else the
 * last one used (DESIGN §7). On a newcomer's first run (no recent workspace) it builds the sample
 * workspace from the scenario's export files and opens it.
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
        MainWindowViewModel window = windows.show(stage, ProbeReportFile.fromSystemProperties());
        // After the window is up: the first chart would otherwise set Java2D's fonts up on the FX thread.
        org.uptake.gui.chart.ChartWarmUp.start();
        // And before the workspace opens: the window builds its services on the FX thread.
        ServicesWarmUp.start();
        List<String> given = getParameters().getRaw();
        Path sample = sampleFiles();
        if (given.size() == 1) {
            window.openWorkspace(Workspace.folderOf(Path.of(given.get(0))));
        } else if (firstRun && sample != null) {
            window.openSample(sample, windows.sampleWorkspaceFolder());
        } else {
            windows.lastWorkspace().ifPresent(window::openWorkspace);
        }
    }

    /** The sample's export files: next to the working folder (a source checkout) or next to the jar (an installed app). */
    static Path sampleFiles() {
        if (Files.isDirectory(SAMPLE_FILES)) {
            return SAMPLE_FILES.toAbsolutePath();
        }
        try {
            Path jar = Path.of(DesktopApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().resolve(SAMPLE_FILES);
            return Files.isDirectory(beside) ? beside : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
