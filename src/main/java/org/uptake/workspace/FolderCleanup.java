package org.uptake.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes what a failed workspace creation left in a folder that was empty before it. */
final class FolderCleanup {

    private FolderCleanup() {
    }

    static void emptyQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: the creation already failed with its own message.
                }
            });
        } catch (IOException ignored) {
            // Nothing to clean.
        }
    }
}
