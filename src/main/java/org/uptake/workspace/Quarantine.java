package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/** The {@code quarantine} table: every bad row of an import with its line, raw text and reason. */
public final class Quarantine {

    private Quarantine() {
    }

    /** One quarantined row as the export reads it. */
    public record Row(long line, String reason, String rawText) {
    }

    /** Adds an import's bad rows in batches, inside the import's transaction. */
    public static final class Inserter implements AutoCloseable {
        private final PreparedStatement insert;
        private final long batchId;
        private int pending;

        private Inserter(Connection c, long batchId) throws SQLException {
            this.insert = c.prepareStatement("INSERT INTO quarantine (batch_id, line_no, raw_text, reason) VALUES (?, ?, ?, ?)");
            this.batchId = batchId;
        }

        public void add(long line, String rawText, String reason) {
            try {
                Object[] values = {batchId, line, rawText, reason};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new WorkspaceDataException("Cannot quarantine line " + line, e);
            }
        }

        /** Stores what is still batched. */
        @Override
        public void close() {
            try {
                if (pending > 0) {
                    insert.executeBatch();
                }
                insert.close();
            } catch (SQLException e) {
                throw new WorkspaceDataException("Cannot store the quarantined rows", e);
            }
        }
    }

    public static Inserter inserter(Transaction tx, long batchId) {
        try {
            return new Inserter(tx.connection(), batchId);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot quarantine rows", e);
        }
    }

    /** Each reason and raw text other imports than {@code batchId} quarantined. */
    public static void forEachEarlier(Transaction tx, long batchId, BiConsumer<String, String> reasonAndRawText) {
        try {
            Rows.each(tx.connection(), "SELECT reason, raw_text FROM quarantine WHERE batch_id <> ?",
                    rs -> reasonAndRawText.accept(rs.getString(1), rs.getString(2)), batchId);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the quarantine", e);
        }
    }

    /** Receives quarantined rows; may fail with its own checked exception (a file being written). */
    @FunctionalInterface
    public interface RowSink<E extends Exception> {
        void accept(Row row) throws E;
    }

    /** An import's quarantined rows in line order. */
    public static <E extends Exception> void forEachRow(Workspace workspace, long batchId, RowSink<E> sink) throws E {
        try (Connection c = workspace.connection()) {
            Rows.<E>each(c, "SELECT line_no, reason, raw_text FROM quarantine WHERE batch_id = ? ORDER BY line_no",
                    rs -> sink.accept(new Row(rs.getLong(1), rs.getString(2), rs.getString(3))), batchId);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the quarantine of import " + batchId, e);
        }
    }
}
