package org.uptake.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Initialises the workspace services' classes on a background thread as the app starts. The window builds a
 * workspace's services on the FX thread when the workspace opens, and their first use set Jackson up there
 * (FeatureDefinitions' ObjectMapper): 300 ms without a pulse, measured by {@code uptake bench desktop}. Done here, the
 * window finds it done.
 */
final class ServicesWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ServicesWarmUp.class);
    static final String THREAD_NAME = "uptake-services-warm-up";
    /** Classes whose static set-up is slow the first time: each initialised once, in this order. */
    static final java.util.List<String> CLASSES = java.util.List.of("org.uptake.workspace.FeatureDefinitions",
            "org.uptake.services.WorkspaceServices", "org.uptake.adoption.AdoptionAnalysis", "org.uptake.struggle.StruggleAnalysis",
            "org.uptake.account.AccountAnalysis", "org.uptake.watch.AlertRules");

    private ServicesWarmUp() {
    }

    /** Starts the warm-up on a daemon thread of low priority, so it never delays the window or keeps the app alive. */
    static Thread start() {
        return org.uptake.gui.common.WarmUpThread.start(THREAD_NAME, ServicesWarmUp::warm);
    }

    /** How many of {@link #CLASSES} were initialised; a failure only costs the window its head start, so it is logged and dropped. */
    static int warm() {
        int done = 0;
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, ServicesWarmUp.class.getClassLoader());
                done++;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                LOG.debug("The services' warm-up could not initialise {}; the window will", name, e);
            }
        }
        return done;
    }
}
