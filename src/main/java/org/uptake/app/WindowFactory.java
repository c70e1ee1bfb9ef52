package org.uptake.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.uptake.gui.common.Appearance;
import org.uptake.gui.common.ErrorDialog;
import org.uptake.gui.common.FilesChooser;
import org.uptake.gui.common.FolderChooser;
import org.uptake.gui.common.FxTaskExecutor;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.shell.MainWindow;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.WindowPlacement;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.workspace.WorkspaceException;

/** Builds a main window on a stage: its task executor, view model, screens and close behaviour. */
public final class WindowFactory {

    private final FolderChooser folderChooser;
    private final FilesChooser filesChooser;
    private final RecentWorkspaces recent;
    private final Path defaultLocation;

    public WindowFactory(FolderChooser folderChooser, FilesChooser filesChooser, RecentWorkspaces recent, Path defaultLocation) {
        this.folderChooser = folderChooser;
        this.filesChooser = filesChooser;
        this.recent = recent;
        this.defaultLocation = defaultLocation;
    }

    /** The factory the desktop app uses: system dialogs, the user's recent list, ~/Uptake for new workspaces. */
    static WindowFactory forUser() {
        return new WindowFactory(FolderChooser.system(), FilesChooser.system(), RecentWorkspaces.forUser(),
                Path.of(System.getProperty("user.home"), "Uptake"));
    }

    /** Where a newcomer's first run builds the sample workspace. */
    Path sampleWorkspaceFolder() {
        return defaultLocation.resolve("Sample - dashboard customization");
    }

    /** The most recent workspace that still exists, if any. */
    java.util.Optional<Path> lastWorkspace() {
        return recent.list().stream().filter(org.uptake.workspace.Workspace::isWorkspace).findFirst();
    }

    /**
     * Problems the user can fix, told as a plain message: the workspace's own, a bad value or request
     * (IllegalArgumentException carries our one-line reasons), a refused review decision or delivery.
     * Anything else is a fault and shows its details.
     */
    static boolean userFixable(Throwable t) {
        return t instanceof WorkspaceException || t instanceof IllegalArgumentException
                || t instanceof org.uptake.outreach.ReviewRefused || t instanceof org.uptake.outreach.NotApprovedException;
    }

    boolean isFirstRun() {
        return recent.list().isEmpty();
    }

    public MainWindowViewModel show(Stage stage) {
        return show(stage, null);
    }

    /** Shows a main window on {@code stage}, watched by {@code probe} when it is not null ({@code uptake bench desktop}). */
    public MainWindowViewModel show(Stage stage, org.uptake.gui.shell.DesktopProbe probe) {
        Appearance.useRemembered(recent.preferences());
        FxTaskExecutor executor = new FxTaskExecutor();
        Notifier notifier = new WindowNotifier(stage);
        executor.setDefaultFailureHandler(failure -> ErrorDialog.show(stage, "Something went wrong", failure));
        MainWindowViewModel viewModel = new MainWindowViewModel(executor, recent, notifier);
        WatchWhileOpen watch = new WatchWhileOpen(executor, notifier);
        Screens screens = new Screens(executor, notifier, filesChooser, watch);
        FeatureWarmUp.attach(viewModel, executor, screens);
        watch.attach(viewModel, screens::services);
        MainWindow window = new MainWindow(viewModel, screens, folderChooser,
                executor.latestTaskProperty(), () -> show(new Stage()), defaultLocation);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(viewModel.workspaceProperty()
                .map(ws -> "Uptake — " + ws.name()).orElse("Uptake"));
        stage.setScene(new Scene(window));
        new WindowPlacement(recent.preferences().node("window")).apply(stage);
        stage.setOnHidden(e -> {
            viewModel.closeOnExit();
            executor.close();
        });
        if (probe != null) {
            probe.watch(stage, viewModel, executor);
        }
        stage.show();
        return viewModel;
    }
}
