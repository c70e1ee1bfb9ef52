package org.uptake.gui.common;

import java.util.Objects;
import java.util.function.Consumer;
import org.uptake.model.Progress;

/**
 * A unit of long work with what to do after it, on the FX thread: build one with
 * {@code BackgroundJob.of(title, work).onSuccess(..).onFailure(..)} and hand it to a {@link TaskExecutor}.
 */
public final class BackgroundJob<T> {

    /** The work itself; it reports progress and checks for Cancel through {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundJob(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundJob<T> of(String title, Work<T> work) {
        return new BackgroundJob<>(title, work);
    }

    public BackgroundJob<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Replaces the default, which shows the failure in an error dialog. */
    public BackgroundJob<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundJob<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    T run(Progress progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void cancelled() {
        onCancelled.run();
    }

    /** False when the caller left failures to the executor's default handling. */
    boolean failed(Throwable failure) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(failure);
        return true;
    }
}
