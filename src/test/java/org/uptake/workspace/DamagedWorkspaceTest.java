package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged, missing, foreign or read-only database never costs the folder anything. */
class DamagedWorkspaceTest {

    @TempDir
    Path temp;

    @AfterEach
    void realPermissions() {
        DatabaseFile.readable = Files::isReadable;
        DatabaseFile.writable = Files::isWritable;
    }

    /** A closed workspace whose imports/ keeps one original. */
    private Path workspaceWithAKeptFile() throws IOException {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        Files.writeString(folder.resolve("imports/3-people.csv"), "user_id\nu1\n");
        return folder;
    }

    @Test
    void anEmptyDatabaseFileIsRefusedAndNothingIsTouched() throws IOException {
        Path folder = workspaceWithAKeptFile();
        Path db = folder.resolve(Workspace.DATABASE_FILE);
        Files.write(db, new byte[0]);

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.CORRUPT, refused.problem());
        assertEquals("The database of workspace 'w' (" + db + ") is empty (0 bytes), so it cannot be opened; nothing was changed."
                + " Restore it from a backup, or create a new workspace and import the files kept in its imports/ folder.",
                refused.getMessage());
        assertEquals(0, Files.size(db));
        assertEquals(List.of("3-people.csv"), names(folder.resolve("imports")));
    }

    @Test
    void aMissingDatabaseIsRefusedWhenTheFolderWasAWorkspaceAndNoneIsCreated() throws IOException {
        Path folder = workspaceWithAKeptFile();
        Files.delete(folder.resolve(Workspace.DATABASE_FILE));

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.CORRUPT, refused.problem());
        assertEquals("The database of workspace 'w' (" + folder.resolve(Workspace.DATABASE_FILE) + ") is missing. Restore it from"
                + " a backup; the files kept in imports/ were left as they are.", refused.getMessage());
        assertFalse(Files.exists(folder.resolve(Workspace.DATABASE_FILE)));
        assertEquals(List.of("3-people.csv"), names(folder.resolve("imports")));
    }

    @Test
    void aDatabaseWithoutAnUptakeSchemaIsRefusedRatherThanMadeIntoAnEmptyWorkspace() throws Exception {
        Path folder = workspaceWithAKeptFile();
        Files.delete(folder.resolve(Workspace.DATABASE_FILE));
        try (Connection c = java.sql.DriverManager.getConnection(Workspace.jdbcUrl(folder, false), "uptake", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (line VARCHAR(100))");
            s.execute("SHUTDOWN");
        }

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.CORRUPT, refused.problem());
        assertTrue(refused.getMessage().contains(") holds no Uptake workspace, so it cannot be opened; nothing was changed."),
                refused.getMessage());
        try (Connection c = java.sql.DriverManager.getConnection(Workspace.jdbcUrl(folder, true), "uptake", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "only the notes table: no schema was migrated into it");
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void anUnreadableDatabaseIsRefusedWithOneLine() throws IOException {
        Path folder = workspaceWithAKeptFile();
        Path db = folder.resolve(Workspace.DATABASE_FILE);
        DatabaseFile.readable = p -> !p.equals(db);

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals("The database of workspace 'w' (" + db + ") cannot be read: check its permissions. Nothing was changed.",
                refused.getMessage());
    }

    @Test
    void openingKeepsTheFilesNoFinishedImportOwns() throws IOException {
        Path folder = workspaceWithAKeptFile();
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(List.of("3-people.csv"), new KeptOriginals(workspace).unknown());
        }
        assertEquals(List.of("3-people.csv"), names(folder.resolve("imports")));
    }

    @Test
    void aReadOnlyWorkspaceOpensForReadingAndRefusesChangesWithOneLine() throws SQLException, IOException {
        Path folder = temp.resolve("w");
        try (Workspace workspace = Workspace.create(folder); Connection c = workspace.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO account (account_id, name) VALUES ('a1', 'Acme')");
        }
        byte[] before = Files.readAllBytes(folder.resolve(Workspace.DATABASE_FILE));
        DatabaseFile.writable = p -> !p.equals(folder.resolve(Workspace.DATABASE_FILE));

        try (Workspace workspace = Workspace.open(folder)) {
            assertTrue(workspace.readOnly());
            assertEquals(1, new OverviewQueries(workspace).summary(5).accounts());
            WorkspaceException refused = assertThrows(WorkspaceException.class, workspace::requireWritable);
            assertEquals(WorkspaceException.Problem.READ_ONLY, refused.problem());
            assertEquals("Workspace 'w' is read-only (its database file " + folder.resolve(Workspace.DATABASE_FILE)
                    + " is read-only): it can be read but not changed. Make it writable, or copy the folder somewhere writable.",
                    refused.getMessage());
            try (Connection c = workspace.connection(); Statement s = c.createStatement()) {
                SQLException write = assertThrows(SQLException.class, () -> s.execute("INSERT INTO account (account_id) VALUES ('a2')"));
                assertEquals(ErrorCode.DATABASE_IS_READ_ONLY, write.getErrorCode());
            }
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve(Workspace.DATABASE_FILE))), "not a byte changed");
    }

    @Test
    void aDatabaseFileWithoutWritePermissionOpensReadOnly() throws IOException {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        Path db = folder.resolve(Workspace.DATABASE_FILE);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        try {
            // Root ignores permissions; the seam above covers the same path for CI, which runs as root.
            assumeFalse(Files.isWritable(db), "running as root: file permissions are not enforced");
            try (Workspace workspace = Workspace.open(folder)) {
                assertTrue(workspace.readOnly());
                assertEquals(0, new OverviewQueries(workspace).summary(5).people());
            }
        } finally {
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
