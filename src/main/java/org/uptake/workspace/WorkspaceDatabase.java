package org.uptake.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The narrow way into a workspace's database from outside {@code workspace}: only the
 * {@code *Queries} and {@code *Store} classes next to the logic that owns their SQL may use it
 * (ArchitectureTest checks), so {@link Workspace} itself hands a connection to no one.
 */
public final class WorkspaceDatabase {

    private WorkspaceDatabase() {
    }

    /** A connection of the workspace's pool, in auto-commit mode; close it when done. */
    public static Connection connect(Workspace workspace) throws SQLException {
        return workspace.connection();
    }
}
