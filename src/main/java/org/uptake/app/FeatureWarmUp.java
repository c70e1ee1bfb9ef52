package org.uptake.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.Workspace;

/**
 * Reads the chosen feature's people in the background as soon as it is chosen, so the screen the
 * analyst opens next (adoption, struggles, outreach, impact all start from them) finds them read: on
 * a large workspace that read takes seconds. A screen asking meanwhile shares the read in flight.
 */
final class FeatureWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureWarmUp.class);

    private FeatureWarmUp() {
    }

    /** Warms the chosen feature up in the services {@code screens} hand the window's screens, so they find it read. */
    static void attach(MainWindowViewModel window, TaskExecutor executor, Screens screens) {
        window.selectedFeatureProperty().addListener((obs, old, feature) -> {
            Workspace workspace = window.workspaceProperty().get();
            if (feature != null && workspace != null) {
                warm(screens.services(workspace, window).adoption(), feature, executor);
            }
        });
    }

    private static void warm(AdoptionAnalysis adoption, FeatureRef feature, TaskExecutor executor) {
        executor.submit(BackgroundJob.of("Reading who uses " + feature.name(),
                progress -> adoption.participants(feature.key(), null, null).active().size())
                .onFailure(e -> LOG.info("Could not read {} ahead of time: {}", feature.key(), e.toString())));
    }
}
