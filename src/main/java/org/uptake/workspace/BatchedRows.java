package org.uptake.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One prepared statement an import fills row by row and runs as one JDBC batch when it closes, in
 * the order the rows were added. A failed write is a {@link WorkspaceDataException}.
 */
abstract class BatchedRows implements AutoCloseable {

    /** Sets one row's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final PreparedStatement statement;

    BatchedRows(Transaction tx, String sql) {
        try {
            statement = tx.connection().prepareStatement(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    final void addRow(Binder binder) {
        try {
            binder.bind(statement);
            statement.addBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Writes the batched rows. */
    @Override
    public void close() {
        try (PreparedStatement s = statement) {
            s.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static WorkspaceDataException failed(SQLException e) {
        return new WorkspaceDataException("The workspace could not be written", e);
    }
}
