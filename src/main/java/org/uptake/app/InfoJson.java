package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.KeptOriginals;

/** What {@code info --json} prints, key by key in this order; the checks only with --verify. */
record InfoJson(String workspace, String folder, int schemaVersion, long people, long accounts, long events, Instant firstEvent,
        Instant lastEvent, long features, long tickets, long quarantinedRows, List<Import> recentImports, boolean readOnly,
        List<String> keptNotInDatabase, @JsonInclude(JsonInclude.Include.NON_NULL) List<Verified> verify) {

    static InfoJson of(WorkspaceSummary s, boolean readOnly, List<String> unknown, List<KeptOriginals.Check> checks) {
        return new InfoJson(s.name(), s.folder(), s.schemaVersion(), s.people(), s.accounts(), s.events(), s.firstEvent().orElse(null),
                s.lastEvent().orElse(null), s.features(), s.tickets(), s.quarantinedRows(),
                s.recentImports().stream().map(Import::of).toList(), readOnly, unknown,
                checks == null ? null : checks.stream().map(c -> new Verified(c.batchId(), c.file(),
                        c.status().name().toLowerCase(Locale.ROOT))).toList());
    }

    /** One recent import. */
    record Import(long id, String file, String kind, String status, Instant startedAt, long rowsImported, long duplicatesSkipped,
            long rowsQuarantined) {

        static Import of(ImportRecord r) {
            return new Import(r.id(), r.fileName(), r.kind(), r.status(), r.startedAt(), r.rowsImported(), r.duplicatesSkipped(),
                    r.rowsQuarantined());
        }
    }

    /** One kept original checked against its recorded checksum. */
    record Verified(@com.fasterxml.jackson.annotation.JsonProperty("import") long batchId, String file, String status) {
    }
}
