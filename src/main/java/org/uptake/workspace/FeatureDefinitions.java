package org.uptake.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * legacy and usage events, target segments) from the workspace's columns, and the targets to ignore
 * for rage clicks from the stored definition.
 */
public final class FeatureDefinitions {

    private static final String SELECT = "SELECT feature_key, name, launched_at, problem, target_segments, adoption_event,"
            + " adoption_target, adoption_within_days, funnel_steps, revert_event, legacy_events, usage_events, definition"
            + " FROM feature WHERE feature_key = ?";

    private static final String METRICS = "SELECT name, event_name, property, ticket_tags, better FROM success_metric"
            + " WHERE feature_key = ? ORDER BY position";

    private static final ObjectMapper JSON = new ObjectMapper();

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
                        rs.getString(10), lines(rs.getString(11)), lines(rs.getString(12)), metrics(c, key), null,
                        rageClickIgnore(key, rs.getString(13))));
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

    /** The optional list is read from the stored features.json entry, so adding it needed no new column. */
    private static List<String> rageClickIgnore(String key, String definition) {
        if (definition == null) {
            return List.of();
        }
        try {
            JsonNode list = JSON.readTree(definition).path("rageClickIgnore");
            List<String> targets = new java.util.ArrayList<>();
            list.forEach(t -> targets.add(t.asText()));
            return targets;
        } catch (java.io.IOException e) {
            throw new WorkspaceDataException("The stored definition of feature '" + key + "' cannot be read", e);
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
