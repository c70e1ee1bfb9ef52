package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A people chunk written behind reading: in order, its failure thrown at the next hand-over, never left running. */
class ChunkWriterTest {

    @Test
    void chunksAreWrittenOneAtATimeInOrder() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        try (ChunkWriter writer = new ChunkWriter()) {
            for (String chunk : List.of("first", "second", "third")) {
                writer.write(() -> {
                    pause(30);
                    written.add(chunk);
                });
            }
            writer.awaitWritten();
            assertEquals(List.of("first", "second", "third"), written);
        }
    }

    @Test
    void aChunkThatFailedFailsTheNextHandOver() {
        try (ChunkWriter writer = new ChunkWriter()) {
            writer.write(() -> {
                throw new IllegalStateException("disk full");
            });
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> writer.write(() -> { }));
            assertEquals("disk full", failure.getMessage());
        }
    }

    @Test
    void closingWaitsForTheChunkStillBeingWritten() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        ChunkWriter writer = new ChunkWriter();
        writer.write(() -> {
            pause(200);
            written.add("last");
        });
        writer.close();
        assertEquals(List.of("last"), written);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
