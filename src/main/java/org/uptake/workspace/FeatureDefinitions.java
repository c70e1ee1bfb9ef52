package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.uptake.model.Feature;

/**
 * Reads the parts of a feature's definition the analyses use (adoption goal, funnel, revert,
 * legacy and usage events, target segments) from the workspace's columns.
 */
public final class FeatureDefinitions {

    private static final String SELECT = "SELECT feature_key, name, launched_at, problem, target_segments, adoption_event,"
            + " adoption_target, adoption_within_days, funnel_steps, revert_event, legacy_events, usage_events"
            + " FROM feature WHERE feature_key = ?";

    private static final String METRICS = "SELECT name, event_name, property, ticket_tags, better FROM success_metric"
            + " WHERE feature_key = ? ORDER BY position";

    private final Workspace workspace;

    public FeatureDefinitions(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<Feature> find(String key) {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (rs.getString(6) == null) {
                    throw new WorkspaceDataException("Feature '" + key + "' was imported by an earlier version of Uptake;"
                            + " import its features.json again", null);
                }
                return Optional.of(new Feature(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), lines(rs.getString(5)),
                        new Feature.AdoptionGoal(rs.getString(6), rs.getDouble(7), rs.getInt(8)), lines(rs.getString(9)),
                        rs.getString(10), lines(rs.getString(11)), lines(rs.getString(12)), metrics(c, key), null));
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read feature '" + key + "'", e);
        }
    }

    private static List<Feature.SuccessMetric> metrics(Connection c, String key) throws SQLException {
        List<Feature.SuccessMetric> metrics = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(METRICS)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    metrics.add(new Feature.SuccessMetric(rs.getString(1), rs.getString(2), rs.getString(3), lines(rs.getString(4)),
                            rs.getString(5)));
                }
            }
        }
        return metrics;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
