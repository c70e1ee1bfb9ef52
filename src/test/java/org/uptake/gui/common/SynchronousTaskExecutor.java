package org.uptake.gui.common;

import java.util.function.Consumer;
import org.uptake.model.Progress;

/** Runs each job at once on the calling thread: deterministic view-model tests without waiting. */
public final class SynchronousTaskExecutor implements TaskExecutor {

    private Consumer<Throwable> defaultFailureHandler = failure -> {
        throw new IllegalStateException("Background job failed", failure);
    };

    @Override
    public <T> RunningJob submit(BackgroundJob<T> job) {
        T result;
        try {
            result = job.run(Progress.NONE);
        } catch (java.util.concurrent.CancellationException cancelled) {
            job.cancelled();
            return DONE;
        } catch (Exception failure) {
            if (!job.failed(failure)) {
                defaultFailureHandler.accept(failure);
            }
            return DONE;
        }
        job.succeeded(result);
        return DONE;
    }

    @Override
    public void onUiThread(Runnable change) {
        change.run();
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailureHandler = handler;
    }

    private static final RunningJob DONE = new RunningJob() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
