package org.uptake.gui.common;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.model.Progress;

/**
 * Runs jobs on a small pool of daemon threads as JavaFX {@link Task}s, so the status bar can
 * bind to the latest one's progress, message and Cancel.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService threads;
    private final ReadOnlyObjectWrapper<Task<?>> latestTask = new ReadOnlyObjectWrapper<>();
    /** Bumped when the workspace closes: jobs of an earlier era finish unseen. */
    private final AtomicLong era = new AtomicLong();
    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();
    private Consumer<Throwable> defaultFailureHandler = failure -> LOG.error("Background job failed", failure);

    public FxTaskExecutor() {
        AtomicInteger counter = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "uptake-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningJob submit(BackgroundJob<T> job) {
        AtomicBoolean cancelRequested = new AtomicBoolean();
        Task<T> task = new Task<>() {
            /**
             * Cancel asks the job to stop at its next check instead of interrupting its thread: an
             * interrupt during a database write would close the workspace's file under H2.
             */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancelRequested.set(true);
                updateMessage("Cancelling…");
                return true;
            }

            @Override
            protected T call() throws Exception {
                updateTitle(job.title());
                updateMessage(job.title() + "…");
                BooleanSupplier cancelled = cancelRequested::get;
                return job.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total <= 0 ? -1 : total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.getAsBoolean();
                    }
                });
            }
        };
        long submittedIn = era.get();
        BooleanSupplier stale = () -> {
            running.remove(task);
            if (submittedIn != era.get()) {
                LOG.debug("{} ended after its workspace closed; its result is dropped", job.title());
                return true;
            }
            return false;
        };
        task.setOnSucceeded(e -> {
            if (!stale.getAsBoolean()) {
                job.succeeded(task.getValue());
            }
        });
        task.setOnCancelled(e -> {
            if (!stale.getAsBoolean()) {
                job.cancelled();
            }
        });
        task.setOnFailed(e -> {
            if (stale.getAsBoolean()) {
                return;
            }
            Throwable failure = task.getException();
            if (failure instanceof CancellationException) {
                job.cancelled();
                return;
            }
            // Expected problems (a locked workspace, a bad file) are shown to the user; the log keeps the trail.
            LOG.info("{} failed: {}", job.title(), failure.toString());
            LOG.debug("{} failed", job.title(), failure);
            if (!job.failed(failure)) {
                defaultFailureHandler.accept(failure);
            }
        });
        latestTask.set(task);
        running.add(task);
        threads.submit(task);
        return new RunningJob() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void dropRunningJobs() {
        era.incrementAndGet();
        for (Task<?> task : running) {
            task.cancel(false);
        }
        running.clear();
    }

    @Override
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailureHandler = handler;
    }

    /**
     * Jobs submitted and not yet through their handlers: 0 once every screen's work has landed on the screen
     * (the desktop bench waits for it before it measures the next screen).
     */
    public int runningJobs() {
        return running.size();
    }

    /** The most recently submitted task, for the status bar. */
    public ReadOnlyObjectProperty<Task<?>> latestTaskProperty() {
        return latestTask.getReadOnlyProperty();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
