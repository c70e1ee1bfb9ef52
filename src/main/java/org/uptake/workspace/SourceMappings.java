package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code source_mapping} table: per source signature (its header's hash), the mapping an analyst confirmed, as JSON. */
public final class SourceMappings {

    private final Workspace workspace;

    public SourceMappings(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<String> find(String signature) {
        try (Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("SELECT mapping FROM source_mapping WHERE signature = ?")) {
            s.setString(1, signature);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the remembered mappings", e);
        }
    }

    public void put(String signature, String mapping) {
        try (Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("MERGE INTO source_mapping (signature, mapping) KEY (signature) VALUES (?, ?)")) {
            s.setString(1, signature);
            s.setString(2, mapping);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot remember the mapping", e);
        }
    }
}
