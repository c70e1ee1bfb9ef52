package org.uptake.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceDatabase;

/** People who used a feature in a span of data days, read from the per-person, per-day rollup. */
final class UseQueries {

    private final Workspace workspace;

    UseQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Distinct people with at least one use of the feature on [from, to]. */
    int users(String featureKey, LocalDate from, LocalDate to) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(DISTINCT person_id) FROM person_feature_day WHERE feature_key = ? AND uses > 0 AND activity_day BETWEEN ? AND ?")) {
            s.setString(1, featureKey);
            s.setObject(2, from);
            s.setObject(3, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the feature's users", e);
        }
    }
}
