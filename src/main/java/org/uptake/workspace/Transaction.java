package org.uptake.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One unit of work on a workspace's database, handed from the class that decides what to do (an
 * import, a drafting round, a delivery) to the stores that write it: those callers never see SQL.
 * Nothing is committed until {@link #commit}; closing without it rolls the work back.
 */
public final class Transaction implements AutoCloseable {

    private final Connection connection;

    private Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Starts a transaction on its own connection. */
    public static Transaction begin(Workspace workspace) {
        Connection c = null;
        try {
            c = workspace.connection();
            c.setAutoCommit(false);
            return new Transaction(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new WorkspaceDataException("Cannot start writing to the workspace", e);
        }
    }

    /**
     * The connection, for the {@code *Store} and {@code *Queries} classes that write through this
     * transaction (ArchitectureTest keeps every other class outside {@code workspace} from it).
     */
    public Connection connection() {
        return connection;
    }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot commit to the workspace", e);
        }
    }

    /** Takes back everything since the last commit. */
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot roll back the workspace's changes", e);
        }
    }

    /** Rolls back what was not committed and gives the connection back. */
    @Override
    public void close() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // Closing below discards the work anyway.
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Nothing left to give back.
            }
        }
    }
}
