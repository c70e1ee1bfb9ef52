package org.uptake.ingest;

import java.time.Instant;
import java.util.List;
import org.uptake.model.WorkspaceSummary;

/**
 * What one import did: rows read; imported (new events, people, accounts, tickets); for people,
 * accounts and tickets already known, how many the file updated and left unchanged; duplicates
 * skipped (events seen before, or an id repeated within the file); rows quarantined, of which
 * {@code alreadyQuarantined} an earlier import had quarantined already; what changed in the workspace; and
 * {@code unmatched}, the tickets whose requester matches no person of the workspace.
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
        long alreadyQuarantined,
        long unmatched) {

    public ImportResult {
        quarantineSample = List.copyOf(quarantineSample);
    }

    /** A result with every ticket matched (or no tickets). */
    public ImportResult(long batchId, String fileName, SourceKind kind, String format, long rowsRead, long imported,
            long duplicates, long quarantined, List<QuarantinedRow> quarantineSample, int newPeople, int peopleUpdated,
            int accountsUpdated, Instant firstEvent, Instant lastEvent, double seconds, WorkspaceSummary before,
            WorkspaceSummary after, long updated, long unchanged, long alreadyQuarantined) {
        this(batchId, fileName, kind, format, rowsRead, imported, duplicates, quarantined, quarantineSample, newPeople,
                peopleUpdated, accountsUpdated, firstEvent, lastEvent, seconds, before, after, updated, unchanged,
                alreadyQuarantined, 0);
    }

    /**
     * The warning when the file's rows match nobody in the workspace, e.g. "1,555 tickets have no requester that
     * matches a person", or empty.
     */
    public String matchWarning() {
        if (kind == SourceKind.TICKETS && unmatched > 0) {
            return org.uptake.model.Figures.count(unmatched) + (unmatched == 1 ? " ticket has" : " tickets have")
                    + " no requester that matches a person: import the people file (with user ids or emails) first.";
        }
        if (kind == SourceKind.EVENTS && newPeople > 0 && before != null && before.people() > 0) {
            return org.uptake.model.Figures.count(newPeople) + (newPeople == 1 ? " person" : " people")
                    + " in these events match nobody of the workspace's people: they have no segment, plan or account.";
        }
        return "";
    }

    /** Records read per second, end to end. */
    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** A row that was not imported, with why. */
    public record QuarantinedRow(long line, String rawText, String reason) {
    }
}
