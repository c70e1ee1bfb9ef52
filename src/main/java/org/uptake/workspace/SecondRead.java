package org.uptake.workspace;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A read that runs on a second connection beside the caller's work (there are two cores), and the wait for it. The
 * wait is never an interrupt of the read: an interrupted H2 read closes the workspace's file for every connection (why
 * the task executor never interrupts either), so an interrupted caller waits on until the read ends, then keeps its
 * interrupt and fails.
 */
public final class SecondRead {

    /** Daemon threads, made as needed: a read beside an analysis or an import's set-up. */
    private static final ExecutorService READS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "uptake-second-read");
        t.setDaemon(true);
        return t;
    });

    private SecondRead() {
    }

    /** Starts the read; it opens and closes its own connection. */
    public static Future<?> start(Callable<?> read) {
        return READS.submit(read);
    }

    /**
     * Waits for the read to end after the caller's own work failed with {@code failure}, which stays the error
     * reported: the read's failure, if any, is attached to it. Nothing is left reading against the workspace.
     */
    public static void end(Future<?> read, Throwable failure) {
        try {
            await(read, "beside a failed read");
        } catch (RuntimeException e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Returns once the read ended well; its failure, or the caller's interrupt, as a {@link WorkspaceDataException}. */
    public static void await(Future<?> read, String what) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    read.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new WorkspaceDataException("Cannot read " + what, e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (interrupted) {
            throw new WorkspaceDataException("Interrupted while reading " + what, new InterruptedException());
        }
    }
}
