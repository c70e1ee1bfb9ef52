package org.uptake.ingest;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes one chunk of a people file on a second thread while the file's next rows are read: reading
 * and writing each take about half of a bulk import, and a laptop has two cores. One chunk at a time;
 * a chunk's failure is thrown at the next hand-over, and closing waits for the chunk still being
 * written, so an import never rolls back under a write.
 */
final class ChunkWriter implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "uptake-people-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending;

    /** Waits for the chunk before, then starts writing this one. */
    void write(Runnable chunk) {
        awaitWritten();
        pending = thread.submit(chunk);
    }

    /** Waits until the chunk being written is in; throws what failed it. */
    void awaitWritten() {
        if (pending == null) {
            return;
        }
        Future<?> chunk = pending;
        pending = null;
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for the chunk still being written (its failure is the import's failure, already on its way), then ends the thread. */
    @Override
    public void close() {
        try {
            awaitWritten();
        } catch (RuntimeException | Error e) {
            // The import is failing or has failed for this very reason; its caller rolls back.
        } finally {
            thread.shutdown();
        }
    }
}
