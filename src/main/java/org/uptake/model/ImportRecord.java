package org.uptake.model;

import java.time.Instant;

/** One import batch as the workspace remembers it: which file, what it held, how it ended. */
public record ImportRecord(
        long id,
        String fileName,
        String kind,
        String status,
        Instant startedAt,
        long rowsImported,
        long duplicatesSkipped,
        long rowsQuarantined) {
}
