package org.uptake.app;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.uptake.gui.alerts.AlertsViewModel;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/**
 * Keeps watch while a workspace is open in a window: one Alerts view model per open workspace, the
 * sidebar's badge bound to its open alerts, and a timer that looks at the inbox folders every minute
 * (a file is taken once its size held between two looks). Closing the workspace stops it.
 */
final class WatchWhileOpen {

    static final Duration EVERY = Duration.minutes(1);

    private final TaskExecutor executor;
    private final Notifier notifier;
    private AlertsViewModel current;
    private Workspace watched;
    private Timeline timer;
    /** The services of a window's open workspace (the window's screens share them). */
    private BiFunction<Workspace, MainWindowViewModel, WorkspaceServices> services;

    WatchWhileOpen(TaskExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
    }

    void attach(MainWindowViewModel window, BiFunction<Workspace, MainWindowViewModel, WorkspaceServices> services) {
        this.services = services;
        window.workspaceProperty().addListener((obs, old, workspace) -> follow(window, workspace));
        follow(window, window.workspaceProperty().get());
    }

    /** The open workspace's Alerts view model (the Alerts screen shows the one the badge follows). */
    AlertsViewModel alerts(WorkspaceServices open, MainWindowViewModel window) {
        if (current == null || watched != open.workspace()) {
            follow(window, open.workspace());
        }
        return current;
    }

    private void follow(MainWindowViewModel window, Workspace workspace) {
        if (workspace != null && workspace == watched) {
            return;
        }
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        window.openAlertsProperty().unbind();
        window.openAlertsProperty().set(0);
        current = null;
        watched = workspace;
        if (workspace == null) {
            return;
        }
        current = new AlertsViewModel(services.apply(workspace, window).watch(), executor, notifier, (screen, feature) -> open(window, screen, feature));
        window.openAlertsProperty().bind(current.openCountProperty());
        current.reload();
        if (!workspace.readOnly()) {
            // A workspace whose data was never evaluated (the sample, a first import) shows its alerts without a click.
            current.catchUp();
            AlertsViewModel polling = current;
            timer = new Timeline(new KeyFrame(EVERY, e -> polling.poll()));
            timer.setCycleCount(Timeline.INDEFINITE);
            timer.play();
        }
    }

    private static void open(MainWindowViewModel window, String screen, String feature) {
        for (Screen s : Screen.values()) {
            if (s.title().toLowerCase(Locale.ROOT).equals(screen.toLowerCase(Locale.ROOT))) {
                window.features().stream().filter(f -> f.key().equals(feature)).findFirst().ifPresent(window.selectedFeatureProperty()::set);
                window.screenProperty().set(s);
            }
        }
    }
}
