package org.uptake.watch;

import java.nio.file.Path;

/**
 * What became of one inbox file: imported (with its import's batch ids) or failed (moved to
 * {@code failed/} beside its note of why).
 *
 * @param movedTo where a failed file went, or null
 */
public record InboxFile(Path file, boolean imported, long rows, String note, Path movedTo) {
}
