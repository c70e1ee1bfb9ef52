package org.uptake.workspace;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a read that runs on a second connection beside the caller's work. The wait is never an interrupt of the
 * read: an interrupted H2 read closes the workspace's file for every connection (why the task executor never
 * interrupts either), so an interrupted caller waits on until the read ends, then keeps its interrupt and fails.
 */
public final class SecondRead {

    private SecondRead() {
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
