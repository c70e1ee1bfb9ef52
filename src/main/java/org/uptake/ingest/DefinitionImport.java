package org.uptake.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uptake.model.Feature;

/** Imports feature definitions (features.json) and launch briefs (Markdown, one per feature). */
final class DefinitionImport {

    private static final Pattern KEY_LINE = Pattern.compile("(?im)feature key:\\**\\s*`?([a-z0-9][a-z0-9_-]*)`?");

    private final Connection connection;
    private final WorkspaceIndex index;
    private final long batchId;
    long imported;
    long duplicates;
    long records;

    DefinitionImport(Connection connection, WorkspaceIndex index, long batchId) {
        this.connection = connection;
        this.index = index;
        this.batchId = batchId;
    }

    /** Defines or redefines each feature, then rebuilds its rollups from the events already imported. */
    void features(FileSniff sniff, QuarantineWriter quarantine) throws IOException, SQLException {
        List<Feature> changed = new ArrayList<>();
        java.util.Map<String, Long> keys = new java.util.HashMap<>();
        JsonRecords.read(sniff, (line, raw, node, problem) -> {
            records++;
            try {
                if (problem != null) {
                    quarantine.add(line, raw, problem);
                    return;
                }
                String why = FeatureRules.problem(node);
                if (why == null) {
                    Long first = keys.putIfAbsent(node.get("key").asText(), line);
                    if (first != null) {
                        why = "feature " + node.get("key").asText() + ": key defined twice in this file (first on line " + first
                                + "); the first definition is kept";
                    }
                }
                if (why != null) {
                    quarantine.add(line, raw, why);
                    return;
                }
                Feature feature = FeatureCatalog.JSON.treeToValue(node, Feature.class);
                if (store(feature)) {
                    changed.add(feature);
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> false, new java.util.concurrent.atomic.AtomicLong());
        for (Feature feature : changed) {
            RollupQueries.rebuildFeature(connection, feature, index.names);
        }
    }

    private void storeMetrics(Feature feature) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM success_metric WHERE feature_key = ?")) {
            s.setString(1, feature.key());
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO success_metric (feature_key, position, name,"
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

    /** True when the definition is new or different from the stored one. */
    private boolean store(Feature feature) throws SQLException {
        String json = FeatureCatalog.toJson(feature);
        try (PreparedStatement s = connection.prepareStatement("SELECT definition, adoption_event, success_metrics_stored FROM feature WHERE feature_key = ?")) {
            s.setString(1, feature.key());
            try (ResultSet rs = s.executeQuery()) {
                // A definition stored by an earlier version lacks the analysis columns: store it again.
                if (rs.next() && rs.getString(1).equals(json) && rs.getString(2) != null && rs.getBoolean(3)) {
                    duplicates++;
                    return false;
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("MERGE INTO feature (feature_key, name, launched_at, definition,"
                + " batch_id, adoption_event, adoption_target, adoption_within_days, funnel_steps, revert_event, legacy_events,"
                + " usage_events, target_segments, problem, success_metrics_stored) KEY (feature_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)")) {
            s.setString(1, feature.key());
            s.setString(2, feature.name());
            s.setObject(3, feature.launchedAt());
            s.setString(4, json);
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
        storeMetrics(feature);
        imported++;
        return true;
    }

    /** A brief belongs to the feature its "Feature key:" line names, or whose key is the file's name. */
    void brief(FileSniff sniff) throws IOException, SQLException {
        String text;
        try (BufferedReader reader = TextSource.reader(sniff)) {
            StringBuilder all = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                all.append(line).append('\n');
            }
            text = all.toString();
        }
        records = 1;
        String key = featureKey(sniff.file(), text);
        try (PreparedStatement s = connection.prepareStatement("UPDATE feature SET brief = ? WHERE feature_key = ?")) {
            s.setString(1, text);
            s.setString(2, key);
            if (s.executeUpdate() == 0) {
                throw new ImportProblem("The brief " + sniff.file().getFileName() + " is for feature '" + key
                        + "', which this workspace does not define. Import features.json first.");
            }
        }
        imported = 1;
    }

    static String featureKey(Path file, String text) {
        Matcher m = KEY_LINE.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
