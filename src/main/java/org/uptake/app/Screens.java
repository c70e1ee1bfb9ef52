package org.uptake.app;

import javafx.scene.Node;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.PlannedScreen;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.overview.OverviewView;
import org.uptake.gui.overview.OverviewViewModel;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.shell.ScreenFactory;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/** Wires each screen to the services of an open workspace. */
final class Screens implements ScreenFactory {

    private final TaskExecutor executor;
    private final Notifier notifier;

    Screens(TaskExecutor executor, Notifier notifier) {
        this.executor = executor;
        this.notifier = notifier;
    }

    @Override
    public Node create(Screen screen, Workspace workspace, MainWindowViewModel window) {
        return switch (screen) {
            case OVERVIEW -> new OverviewView(new OverviewViewModel(new OverviewQueries(workspace), executor, notifier));
            default -> new PlannedScreen(screen.title(), screen.whatAppears(), screen.dataNeeded());
        };
    }
}
