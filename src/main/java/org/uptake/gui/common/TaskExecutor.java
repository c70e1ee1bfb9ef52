package org.uptake.gui.common;

import java.util.function.Consumer;

/**
 * The one seam for long work: runs a job off the FX thread with progress and Cancel, and calls
 * its handlers back on the FX thread. Tests run jobs at once on their own thread (a synchronous executor in src/test).
 */
public interface TaskExecutor {

    /** Starts the job; the handle cancels it. */
    <T> RunningJob submit(BackgroundJob<T> job);

    /**
     * The workspace these jobs worked on is closing: cancel every job submitted so far and drop
     * their results and failures, so a closed workspace never reaches the screen.
     */
    default void dropRunningJobs() {
    }

    /**
     * Runs a state change where the handlers run (the FX thread in the app; at once in tests), for
     * work that reports its steps while it runs.
     */
    default void onUiThread(Runnable change) {
        UiThread.run(change);
    }

    /** What a failure without its own handler goes to (an error dialog in the app). */
    void setDefaultFailureHandler(Consumer<Throwable> handler);

    /** A submitted job, which the user may cancel. */
    interface RunningJob {
        void cancel();

        boolean isDone();
    }
}
