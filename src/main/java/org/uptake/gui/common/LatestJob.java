package org.uptake.gui.common;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs a screen's recomputation so that the latest request wins: a new request cancels the one
 * still running, and only the newest request's result, cancellation or failure reaches the screen.
 * {@link #busyProperty()} is true while the newest request runs.
 */
public final class LatestJob {

    private final TaskExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private TaskExecutor.RunningJob running;
    private long generation;

    public LatestJob(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Cancels whatever runs; nothing it computes will be shown. */
    public void cancel() {
        generation++;
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        busy.set(false);
    }

    public <T> void submit(String title, BackgroundJob.Work<T> work, Consumer<T> onResult, Runnable onCancelled,
            Consumer<Throwable> onFailure) {
        cancel();
        long request = generation;
        busy.set(true);
        running = executor.submit(BackgroundJob.of(title, work).onSuccess(result -> {
            if (request == generation) {
                busy.set(false);
                onResult.accept(result);
            }
        }).onCancelled(() -> {
            if (request == generation) {
                busy.set(false);
                onCancelled.run();
            }
        }).onFailure(failure -> {
            if (request == generation) {
                busy.set(false);
                onFailure.accept(failure);
            }
        }));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
