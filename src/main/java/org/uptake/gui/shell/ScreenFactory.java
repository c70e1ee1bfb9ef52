package org.uptake.gui.shell;

import javafx.scene.Node;
import org.uptake.workspace.Workspace;

/** Builds a screen's view for an open workspace; the composition root decides what backs each one. */
@FunctionalInterface
public interface ScreenFactory {

    Node create(Screen screen, Workspace workspace, MainWindowViewModel window);
}
