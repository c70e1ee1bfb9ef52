package org.uptake.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.uptake.workspace.Workspace;

/**
 * Remembers, per source (its header), what the analyst confirmed: kind, dialect and column mapping,
 * so the next export of that source maps itself.
 */
final class MappingMemory {

    /** What is stored for a source. */
    record Remembered(SourceKind kind, Dialect dialect, ColumnMapping mapping) {
    }

    private final Workspace workspace;

    MappingMemory(Workspace workspace) {
        this.workspace = workspace;
    }

    Optional<ImportPlan> recall(ImportPlan suggested) {
        FileSniff sniff = suggested.sniff();
        if (sniff.layout() != Layout.DELIMITED) {
            return Optional.empty();
        }
        try (Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("SELECT mapping FROM source_mapping WHERE signature = ?")) {
            s.setString(1, signature(sniff));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Remembered r = FeatureCatalog.JSON.readValue(rs.getString(1), Remembered.class);
                return Optional.of(new ImportPlan(sniff.withKind(r.kind(), r.dialect()), r.mapping()));
            }
        } catch (SQLException | IOException e) {
            return Optional.empty();
        }
    }

    void remember(ImportPlan plan) {
        FileSniff sniff = plan.sniff();
        if (sniff.layout() != Layout.DELIMITED) {
            return;
        }
        try (Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("MERGE INTO source_mapping (signature, mapping) KEY (signature) VALUES (?, ?)")) {
            s.setString(1, signature(sniff));
            s.setString(2, FeatureCatalog.JSON.writeValueAsString(new Remembered(sniff.kind(), sniff.dialect(), plan.mapping())));
            s.executeUpdate();
        } catch (SQLException | IOException e) {
            // A convenience: the import itself succeeded.
        }
    }

    private static String signature(FileSniff sniff) {
        return Long.toHexString(Hash64.of(String.join("\u0001", sniff.header())));
    }
}
