package org.uptake.gui.common;

import javafx.application.Platform;

/** Runs a state change on the FX thread, at once when already there (as in tests with a synchronous executor). */
public final class UiThread {

    private UiThread() {
    }

    public static void run(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }
}
