package org.uptake.ingest;

import java.io.IOException;
import java.util.Optional;
import org.uptake.workspace.SourceMappings;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;

/**
 * Remembers, per source (its header), what the analyst confirmed: kind, dialect and column mapping,
 * so the next export of that source maps itself.
 */
final class MappingMemory {

    /** What is stored for a source. */
    record Remembered(SourceKind kind, Dialect dialect, ColumnMapping mapping) {
    }

    private final SourceMappings mappings;

    MappingMemory(Workspace workspace) {
        this.mappings = new SourceMappings(workspace);
    }

    Optional<ImportPlan> recall(ImportPlan suggested) {
        FileSniff sniff = suggested.sniff();
        if (sniff.layout() != Layout.DELIMITED) {
            return Optional.empty();
        }
        try {
            Optional<String> stored = mappings.find(signature(sniff));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Remembered r = FeatureCatalog.JSON.readValue(stored.get(), Remembered.class);
            return Optional.of(new ImportPlan(sniff.withKind(r.kind(), r.dialect()), r.mapping()));
        } catch (WorkspaceDataException | IOException e) {
            return Optional.empty();
        }
    }

    void remember(ImportPlan plan) {
        FileSniff sniff = plan.sniff();
        if (sniff.layout() != Layout.DELIMITED) {
            return;
        }
        try {
            mappings.put(signature(sniff), FeatureCatalog.JSON.writeValueAsString(new Remembered(sniff.kind(), sniff.dialect(), plan.mapping())));
        } catch (WorkspaceDataException | IOException e) {
            // A convenience: the import itself succeeded.
        }
    }

    private static String signature(FileSniff sniff) {
        return Long.toHexString(Hash64.of(String.join("\u0001", sniff.header())));
    }
}
