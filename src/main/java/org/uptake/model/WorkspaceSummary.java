package org.uptake.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a workspace holds, as the Overview screen and {@code uptake info} show it. */
public record WorkspaceSummary(
        String name,
        String folder,
        int schemaVersion,
        long people,
        long accounts,
        long events,
        Optional<Instant> firstEvent,
        Optional<Instant> lastEvent,
        long features,
        long tickets,
        long quarantinedRows,
        List<ImportRecord> recentImports) {

    public WorkspaceSummary {
        recentImports = List.copyOf(recentImports);
    }

    /** True when nothing has been imported yet. */
    public boolean isEmpty() {
        return people == 0 && accounts == 0 && events == 0 && features == 0 && tickets == 0;
    }
}
