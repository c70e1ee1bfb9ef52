package org.uptake.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code import_batch} table: an import's row goes in first, committed and marked running (so
 * the next open removes it if the process dies), keeps its original, and is marked imported with its
 * counts in the import's own transaction; a failed import is taken back by its id.
 */
public final class ImportBatches {

    /** What an import did, as its batch row records it; {@code firstTs}/{@code lastTs} null when it imported no events. */
    public record Finished(long records, long imported, long duplicates, long quarantined, Long firstTs, Long lastTs) {
    }

    private final Workspace workspace;

    public ImportBatches(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Records a running import, committed at once; returns its batch id. */
    public long start(String displayName, String kind, String format) {
        try (Connection c = workspace.connection();
             PreparedStatement s = c.prepareStatement("INSERT INTO import_batch (file_name, kind, format, status, started_at)"
                     + " VALUES (?, ?, ?, 'running', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, displayName);
            s.setString(2, kind);
            s.setString(3, format);
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    /** Keeps a running import's original file in imports/ and records it on its row, committed at once. */
    public KeptOriginals.Kept keep(Path file, long batchId) throws IOException {
        try (Connection c = workspace.connection()) {
            return new KeptOriginals(workspace).keep(c, file, batchId);
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    /** Marks the import done with its counts, inside its transaction (committed with its data). */
    public void finish(Transaction tx, long batchId, Finished done) {
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE import_batch SET status = 'imported', finished_at = ?,"
                + " rows_read = ?, rows_imported = ?, duplicates_skipped = ?, rows_quarantined = ?, first_ts = ?, last_ts = ?"
                + " WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            s.setLong(2, done.records());
            s.setLong(3, done.imported());
            s.setLong(4, done.duplicates());
            s.setLong(5, done.quarantined());
            if (done.firstTs() != null) {
                s.setLong(6, done.firstTs());
                s.setLong(7, done.lastTs());
            } else {
                s.setNull(6, Types.BIGINT);
                s.setNull(7, Types.BIGINT);
            }
            s.setLong(8, batchId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    /** Deletes a failed import's committed rows and its batch row (what its transaction had not committed is rolled back by then). */
    public void takeBack(long batchId) {
        try {
            InterruptedImports.remove(workspace.dataSource(), batchId);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot take back import " + batchId, e);
        }
    }
}
