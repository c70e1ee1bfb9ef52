package org.uptake.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.uptake.model.FeatureVersion;

/**
 * The {@code feature_version} table: every definition a feature has had, numbered from 1, so a
 * changed definition never loses the old one and each analysis can say which version it used.
 */
public final class FeatureVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATEST = "SELECT version, definition FROM feature_version WHERE feature_key = ?"
            + " ORDER BY version DESC LIMIT 1";
    private static final String INSERT = "INSERT INTO feature_version (feature_key, version, definition, changed_by, changed_at,"
            + " what_changed) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "SELECT feature_key, version, definition, changed_by, changed_at, what_changed"
            + " FROM feature_version WHERE feature_key = ? ORDER BY version";

    private final Workspace workspace;

    public FeatureVersions(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Adds the next version of the feature inside the storing transaction, naming the fields that
     * differ from the previous version ("defined" for the first). The stamp is the wall clock: it
     * audits when a person changed it, not a data-time figure.
     */
    static void add(Connection c, String key, String definition, String changedBy, String source) throws SQLException {
        int version = 0;
        String previous = null;
        try (PreparedStatement s = c.prepareStatement(LATEST)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    version = rs.getInt(1);
                    previous = rs.getString(2);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, key);
            s.setInt(2, version + 1);
            s.setString(3, definition);
            s.setString(4, changedBy);
            s.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            String what = previous == null ? "defined" : String.join(", ", changedFields(previous, definition));
            s.setString(6, truncated(source == null ? what : what + " (" + source + ")"));
            s.executeUpdate();
        }
    }

    /** The top-level fields whose values differ between two definitions, in the newer one's order. */
    static List<String> changedFields(String before, String after) {
        try {
            JsonNode old = JSON.readTree(before);
            JsonNode now = JSON.readTree(after);
            Set<String> names = new LinkedHashSet<>();
            now.fieldNames().forEachRemaining(names::add);
            old.fieldNames().forEachRemaining(names::add);
            List<String> changed = new ArrayList<>();
            for (Iterator<String> it = names.iterator(); it.hasNext();) {
                String name = it.next();
                if (!normal(old.path(name)).equals(normal(now.path(name)))) {
                    changed.add(name);
                }
            }
            return changed.isEmpty() ? List.of("nothing") : changed;
        } catch (IOException e) {
            return List.of("definition");
        }
    }

    /** Missing, null and empty lists mean the same in a definition. */
    private static JsonNode normal(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isArray() && node.isEmpty() ? JSON.missingNode() : node;
    }

    private static String truncated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    /** Every version of the feature, oldest first (empty when the workspace does not define it). */
    public List<FeatureVersion> history(String key) {
        List<FeatureVersion> versions = new ArrayList<>();
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(HISTORY)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(new FeatureVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the history of feature '" + key + "'", e);
        }
        return versions;
    }

    /** The feature's current definition, empty when the workspace does not define it. */
    public java.util.Optional<FeatureVersion> latest(String key) {
        List<FeatureVersion> all = history(key);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    /** The number of the feature's current definition, 0 when the workspace does not define it. */
    public int current(String key) {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(LATEST)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the version of feature '" + key + "'", e);
        }
    }
}
