package org.uptake.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceDatabase;

/** People who used a feature in a span of data days, read from the per-person, per-day rollup. */
final class UseQueries {

    private final Workspace workspace;

    UseQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Per feature, the distinct people with at least one use of it on [from, to]: one pass over the rollup for every
     * feature (the table is keyed by person, so each feature asked alone was a pass of its own: about 0.8 s each at a
     * million people).
     */
    Map<String, Integer> users(LocalDate from, LocalDate to) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT feature_key, COUNT(DISTINCT person_id) FROM person_feature_day WHERE uses > 0 AND activity_day BETWEEN ? AND ?"
                        + " GROUP BY feature_key")) {
            s.setObject(1, from);
            s.setObject(2, to);
            Map<String, Integer> users = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.put(rs.getString(1), rs.getInt(2));
                }
            }
            return users;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the features' users", e);
        }
    }
}
