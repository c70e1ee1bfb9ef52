package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** A feature's launch brief (Markdown) as imported. */
public final class FeatureBriefs {

    private final Workspace workspace;

    public FeatureBriefs(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<String> brief(String featureKey) {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement("SELECT brief FROM feature WHERE feature_key = ?")) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the brief of " + featureKey, e);
        }
    }
}
