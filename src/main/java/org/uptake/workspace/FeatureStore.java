package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;

/**
 * The writes of the {@code feature} and {@code success_metric} tables, and the stored definitions an
 * import reads, inside the import's transaction. The analyses read features through
 * {@link FeatureDefinitions}, lists through {@link FeatureQueries}, briefs through {@link FeatureBriefs}.
 */
public final class FeatureStore {

    private FeatureStore() {
    }

    /** Every stored definition (the features.json entry as imported), in launch order. */
    public static List<String> definitions(Transaction tx) {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT definition FROM feature ORDER BY launched_at, feature_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the feature definitions", e);
        }
        return definitions;
    }

    /** True when the feature is stored with exactly this definition and every analysis column. */
    public static boolean holds(Transaction tx, String key, String definition) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT definition, adoption_event, success_metrics_stored FROM feature WHERE feature_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                // A definition stored by an earlier version lacks the analysis columns: store it again.
                return rs.next() && rs.getString(1).equals(definition) && rs.getString(2) != null && rs.getBoolean(3);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read feature '" + key + "'", e);
        }
    }

    /**
     * Defines or redefines a feature: its definition, the analysis columns, its success metrics, and
     * the definition as its next version ({@code changedBy} and {@code source} go to the history).
     */
    public static void store(Transaction tx, Feature feature, String definition, long batchId, String changedBy, String source) {
        Connection c = tx.connection();
        try {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO feature (feature_key, name, launched_at, definition,"
                    + " batch_id, adoption_event, adoption_target, adoption_within_days, funnel_steps, revert_event, legacy_events,"
                    + " usage_events, target_segments, problem, success_metrics_stored) KEY (feature_key)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
                s.setString(1, feature.key());
                s.setString(2, feature.name());
                s.setObject(3, feature.launchedAt());
                s.setString(4, definition);
                s.setLong(5, batchId);
                s.setString(6, feature.adoption().event());
                s.setDouble(7, feature.adoption().target());
                s.setInt(8, feature.adoption().withinDays());
                s.setString(9, String.join("\n", feature.funnel()));
                s.setString(10, feature.revertEvent());
                s.setString(11, String.join("\n", feature.legacyEvents()));
                s.setString(12, String.join("\n", feature.usageEvents()));
                s.setString(13, String.join("\n", feature.targetSegments()));
                s.setString(14, feature.problem());
                s.executeUpdate();
            }
            storeMetrics(c, feature);
            FeatureVersions.add(c, feature.key(), definition, changedBy, source);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store feature '" + feature.key() + "'", e);
        }
    }

    private static void storeMetrics(Connection c, Feature feature) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM success_metric WHERE feature_key = ?")) {
            s.setString(1, feature.key());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO success_metric (feature_key, position, name,"
                + " event_name, property, ticket_tags, better) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Feature.SuccessMetric m : feature.successMetrics()) {
                s.setString(1, feature.key());
                s.setInt(2, position++);
                s.setString(3, m.name() == null ? "Metric " + position : m.name());
                s.setString(4, m.event());
                s.setString(5, m.property());
                s.setString(6, String.join("\n", m.ticketTags()));
                s.setString(7, m.better());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Stores a feature's launch brief; false when the workspace defines no such feature. */
    public static boolean storeBrief(Transaction tx, String key, String text) {
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE feature SET brief = ? WHERE feature_key = ?")) {
            s.setString(1, text);
            s.setString(2, key);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the brief of feature '" + key + "'", e);
        }
    }
}
