package org.uptake.gui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.model.FeatureRef;
import org.uptake.ingest.Importer;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * State of one main window: the open workspace (at most one), the screen shown, the feature
 * picked in the header, and whether the start page is up.
 */
public final class MainWindowViewModel {

    private final TaskExecutor executor;
    private final RecentWorkspaces recent;
    private final Notifier notifier;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.OVERVIEW);
    private final BooleanProperty showingStart = new SimpleBooleanProperty(true);
    private final ObservableList<FeatureRef> features = FXCollections.observableArrayList();
    private final ObjectProperty<FeatureRef> selectedFeature = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("No workspace open");
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ObservableList<Path> filesToImport = FXCollections.observableArrayList();
    private final ObservableList<Path> waitingForWorkspace = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty openAlerts = new javafx.beans.property.SimpleIntegerProperty();

    public MainWindowViewModel(TaskExecutor executor, RecentWorkspaces recent, Notifier notifier) {
        this.executor = executor;
        this.recent = recent;
        this.notifier = notifier;
        recentWorkspaces.setAll(recent.list());
    }

    public void createWorkspace(Path folder) {
        executor.submit(BackgroundJob.of("Creating workspace", progress -> Workspace.create(folder))
                .onSuccess(this::show)
                .onFailure(failure -> notifier.problem("Could not create the workspace", failure)));
    }

    public void openWorkspace(Path folder) {
        if (workspace.get() != null && workspace.get().folder().equals(folder.toAbsolutePath().normalize())) {
            showingStart.set(false);
            return;
        }
        executor.submit(BackgroundJob.of("Opening workspace", progress -> Workspace.open(folder))
                .onSuccess(this::show)
                .onFailure(failure -> notifier.problem("Could not open the workspace", failure)));
    }

    /** Closes the workspace and shows the start page (the window stays). */
    public void closeWorkspace() {
        close(false);
    }

    /** The window is gone: the workspace closes, and its file is compacted if an import left it mostly superseded pages. */
    public void closeOnExit() {
        close(true);
    }

    private void close(boolean compact) {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        workspace.set(null);
        features.clear();
        selectedFeature.set(null);
        // After the screens let go of the workspace, so nothing started on the way out reaches them either.
        executor.dropRunningJobs();
        if (compact) {
            current.close();
        } else {
            current.closeQuickly();
        }
        status.set("No workspace open");
        showingStart.set(true);
    }

    /**
     * Builds the sample workspace from the scenario's export files through the importers (first run),
     * or opens it when an earlier run built it.
     */
    public void openSample(Path sampleFiles, Path folder) {
        executor.submit(BackgroundJob.of("Building the sample workspace", progress -> {
            if (Workspace.isWorkspace(folder)) {
                return Workspace.open(folder);
            }
            Workspace created = Workspace.create(folder);
            try {
                new Importer(created).importFolder(sampleFiles, progress);
                return created;
            } catch (RuntimeException | java.io.IOException e) {
                created.close();
                throw e;
            }
        }).onSuccess(this::show)
                .onFailure(failure -> notifier.problem("Could not build the sample workspace", failure)));
    }

    /** Files dropped on the window: the Import screen takes them; with no workspace open they wait for one. */
    public void importFiles(List<Path> files) {
        if (workspace.get() == null) {
            waitingForWorkspace.setAll(files);
            status.set("Open or create a workspace: the dropped files are imported into it.");
            showingStart.set(true);
            return;
        }
        showingStart.set(false);
        screen.set(Screen.IMPORT);
        filesToImport.setAll(files);
    }

    /** Files dropped while no workspace was open; the next workspace opened or created takes them to its import wizard. */
    public ObservableList<Path> filesWaitingForWorkspace() {
        return waitingForWorkspace;
    }

    /** Files waiting for the Import screen, which takes and clears them. */
    public ObservableList<Path> filesToImport() {
        return filesToImport;
    }

    public void removeRecent(Path folder) {
        recent.remove(folder);
        recentWorkspaces.setAll(recent.list());
    }

    /** Reloads the feature list, e.g. after an import added features. */
    public void refreshFeatures() {
        Workspace current = workspace.get();
        if (current == null) {
            return;
        }
        executor.submit(BackgroundJob.of("Loading features", progress -> new FeatureQueries(current).list())
                .onSuccess(this::showFeatures)
                .onFailure(failure -> notifier.problem("Could not load the features", failure)));
    }

    private void show(Workspace opened) {
        // The previous workspace closes as if the person closed it: its screens let go, its jobs are dropped.
        close(false);
        workspace.set(opened);
        recentWorkspaces.setAll(recent.add(opened.folder()));
        status.set("Workspace " + opened.name() + " — " + opened.folder());
        screen.set(Screen.OVERVIEW);
        showingStart.set(false);
        refreshFeatures();
        if (!waitingForWorkspace.isEmpty()) {
            List<Path> dropped = List.copyOf(waitingForWorkspace);
            waitingForWorkspace.clear();
            importFiles(dropped);
        }
    }

    private void showFeatures(List<FeatureRef> loaded) {
        String keep = Optional.ofNullable(selectedFeature.get()).map(FeatureRef::key).orElse(null);
        features.setAll(loaded);
        selectedFeature.set(loaded.stream().filter(f -> f.key().equals(keep)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0)));
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public BooleanProperty showingStartProperty() {
        return showingStart;
    }

    public ObservableList<FeatureRef> features() {
        return features;
    }

    public ObjectProperty<FeatureRef> selectedFeatureProperty() {
        return selectedFeature;
    }

    /** Open alerts of the open workspace: the Alerts button's badge (the app's watch keeps it current). */
    public javafx.beans.property.IntegerProperty openAlertsProperty() {
        return openAlerts;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspaces;
    }
}
