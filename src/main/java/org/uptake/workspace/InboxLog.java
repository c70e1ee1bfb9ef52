package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Owns the {@code inbox_file} table: which inbox files were taken in, as which import, or why they failed. */
public final class InboxLog {

    /** One file as it was taken: its size and modification time say whether a later file of that name is new. */
    public record Entry(String path, long size, long modified, String outcome, Long batchId, String note, Instant at) {
    }

    private final DataSource dataSource;

    public InboxLog(Workspace workspace) {
        this.dataSource = workspace.dataSource();
    }

    /** True when this very file (same path, size and modification time) was taken before. */
    public boolean taken(String path, long size, long modified) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM inbox_file WHERE path = ? AND size_bytes = ? AND modified = ? LIMIT 1")) {
            s.setString(1, path);
            s.setLong(2, size);
            s.setLong(3, modified);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the inbox log", e);
        }
    }

    public void record(Entry e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO inbox_file (path, size_bytes, modified, outcome, batch_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.path());
            s.setLong(2, e.size());
            s.setLong(3, e.modified());
            s.setString(4, e.outcome());
            s.setObject(5, e.batchId());
            s.setString(6, e.note() == null ? null : e.note().length() > 2000 ? e.note().substring(0, 2000) : e.note());
            s.setObject(7, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new WorkspaceDataException("Cannot write the inbox log", ex);
        }
    }

    /** The latest entries, newest first. */
    public List<Entry> recent(int limit) {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT path, size_bytes, modified, outcome, batch_id, note, at FROM inbox_file ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long batch = rs.getLong(5);
                    entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.wasNull() ? null : batch,
                            rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the inbox log", e);
        }
    }
}
