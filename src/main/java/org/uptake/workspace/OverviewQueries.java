package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uptake.model.ExtractSource;
import org.uptake.model.ImportRecord;
import org.uptake.model.WorkspaceSummary;

/** Counts what a workspace holds, for the Overview screen and {@code uptake info}. */
public final class OverviewQueries {

    private static final String COUNTS = """
            SELECT (SELECT COUNT(*) FROM person),
                   (SELECT COUNT(*) FROM account),
                   (SELECT COALESCE(SUM(rows_imported), 0) FROM import_batch WHERE status = 'imported' AND kind = 'events'),
                   (SELECT MIN(first_ts) FROM import_batch WHERE status = 'imported'),
                   (SELECT MAX(last_ts) FROM import_batch WHERE status = 'imported'),
                   (SELECT COUNT(*) FROM feature),
                   (SELECT COUNT(*) FROM ticket),
                   (SELECT COUNT(*) FROM quarantine)
            """;

    private static final String RECENT_IMPORTS = """
            SELECT id, file_name, kind, status, started_at, rows_imported, duplicates_skipped, rows_quarantined
            FROM import_batch WHERE status = 'imported' ORDER BY started_at DESC, id DESC LIMIT ?
            """;

    private final Workspace workspace;

    public OverviewQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The extract the workspace's data came from, if any (the Overview says so). */
    public Optional<ExtractSource> origin() {
        return new ExtractStore(workspace).latest();
    }

    public WorkspaceSummary summary(int recentImportLimit) {
        try (Connection c = workspace.connection()) {
            try (PreparedStatement s = c.prepareStatement(COUNTS); ResultSet rs = s.executeQuery()) {
                rs.next();
                return new WorkspaceSummary(workspace.name(), workspace.folder().toString(),
                        workspace.schemaVersion(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        epochMillis(rs, 4), epochMillis(rs, 5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        recentImports(c, recentImportLimit));
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot count what workspace '" + workspace.name() + "' holds", e);
        }
    }

    private static Optional<Instant> epochMillis(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static List<ImportRecord> recentImports(Connection c, int limit) throws SQLException {
        List<ImportRecord> imports = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(RECENT_IMPORTS)) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    imports.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getLong(6), rs.getLong(7),
                            rs.getLong(8)));
                }
            }
        }
        return imports;
    }
}
