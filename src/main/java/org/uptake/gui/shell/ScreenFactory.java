package org.uptake.gui.shell;

import javafx.scene.Node;
import org.uptake.workspace.Workspace;

/** Builds a screen's view for an open workspace; the composition root decides what backs each one. */
@FunctionalInterface
public interface ScreenFactory {

    Node create(Screen screen, Workspace workspace, MainWindowViewModel window);

    /** Opens the feature editor on the workspace: a new feature, or {@code featureKey}'s definition (none where there is no editor). */
    default void openFeatureEditor(Workspace workspace, MainWindowViewModel window, javafx.stage.Window owner, String featureKey) {
    }
}
