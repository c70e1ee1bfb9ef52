package org.uptake.ingest;

import java.time.Instant;
import java.util.List;
import org.uptake.model.WorkspaceSummary;

/**
 * What one import did: rows read; imported (new events, people, accounts, tickets); for people,
 * accounts and tickets already known, how many the file updated and left unchanged; duplicates
 * skipped (events seen before, or an id repeated within the file); rows quarantined, of which
 * {@code alreadyQuarantined} an earlier import had quarantined already; and what changed in the workspace.
 */
public record ImportResult(
        long batchId,
        String fileName,
        SourceKind kind,
        String format,
        long rowsRead,
        long imported,
        long duplicates,
        long quarantined,
        List<QuarantinedRow> quarantineSample,
        int newPeople,
        int peopleUpdated,
        int accountsUpdated,
        Instant firstEvent,
        Instant lastEvent,
        double seconds,
        WorkspaceSummary before,
        WorkspaceSummary after,
        long updated,
        long unchanged,
        long alreadyQuarantined) {

    public ImportResult {
        quarantineSample = List.copyOf(quarantineSample);
    }

    /** Records read per second, end to end. */
    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** A row that was not imported, with why. */
    public record QuarantinedRow(long line, String rawText, String reason) {
    }
}
