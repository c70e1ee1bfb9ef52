package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.WorkspaceSummary;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void createMakesTheDatabaseAndFolders() {
        Path folder = temp.resolve("Launch review");
        try (Workspace workspace = Workspace.create(folder)) {
            assertEquals("Launch review", workspace.name());
            assertEquals(23, workspace.schemaVersion());
        }
        assertTrue(Files.isRegularFile(folder.resolve("workspace.mv.db")));
        assertTrue(Files.isDirectory(folder.resolve("imports")));
        assertTrue(Files.isDirectory(folder.resolve("exports")));
    }

    @Test
    void anEmptyWorkspaceCountsNothing() {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            WorkspaceSummary summary = new OverviewQueries(workspace).summary(5);
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), List.of(summary.people(), summary.accounts(),
                    summary.events(), summary.features(), summary.tickets(), summary.quarantinedRows()));
            assertEquals(Optional.empty(), summary.firstEvent());
            assertEquals(List.of(), summary.recentImports());
            assertTrue(summary.isEmpty());
        }
    }

    @Test
    void reopeningKeepsDataAndName() throws SQLException {
        Path folder = temp.resolve("w");
        try (Workspace workspace = Workspace.create(folder)) {
            new WorkspaceSettings(workspace.dataSource()).put(WorkspaceSettings.NAME, "Q3 launches");
            execute(workspace, "INSERT INTO account (account_id, name, tier) VALUES ('a1', 'Acme', 'enterprise')");
        }
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals("Q3 launches", workspace.name());
            assertEquals(1, new OverviewQueries(workspace).summary(5).accounts());
        }
    }

    @Test
    void anOlderWorkspaceIsMigratedOnOpenKeepingItsData() throws SQLException {
        Path folder = temp.resolve("w");
        try (Workspace workspace = Workspace.create(folder)) {
            execute(workspace, "INSERT INTO person (user_id, segment) VALUES ('u1', 'smb')");
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Workspace.jdbcUrl(folder, true));
        dataSource.setUser("uptake");
        int version = new SchemaMigrator(dataSource, SchemaMigrator.LOCATION, "classpath:db/testmigration").migrate("w");
        assertEquals(100, version);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT user_id, segment, nickname FROM person")) {
            assertTrue(rs.next());
            assertEquals(List.of("u1", "smb"), List.of(rs.getString(1), rs.getString(2)));
            assertEquals(null, rs.getString(3));
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedAndLeftUntouched() throws SQLException {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Workspace.jdbcUrl(folder, true) + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("uptake");
        new SchemaMigrator(dataSource, SchemaMigrator.LOCATION, "classpath:db/testmigration").migrate("w");
        List<Integer> historyBefore = history(dataSource);

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.NEWER_SCHEMA, refused.problem());
        assertTrue(refused.getMessage().contains("newer version of Uptake (schema version 100; this version knows up to 23)"),
                refused.getMessage());
        assertEquals(historyBefore, history(dataSource));
    }

    private static List<Integer> history(JdbcDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(\"installed_rank\"), COUNT(*) FROM \"flyway_schema_history\"")) {
            assertTrue(rs.next());
            return List.of(rs.getInt(1), rs.getInt(2));
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() throws SQLException {
        Path folder = temp.resolve("shared");
        try (Workspace first = Workspace.create(folder)) {
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
            assertEquals(WorkspaceException.Problem.IN_USE, refused.problem());
            assertTrue(refused.getMessage().startsWith(
                    "Workspace 'shared' is already open in another Uptake window or process (process "
                            + ProcessHandle.current().pid()), refused.getMessage());
            execute(first, "INSERT INTO account (account_id) VALUES ('still-writable')");
            assertEquals(1, new OverviewQueries(first).summary(1).accounts());
        }
        Workspace.open(folder).close();
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsTheWorkspace() throws Exception {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        Process holder = LockHolder.start(folder);
        try {
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
            assertEquals(WorkspaceException.Problem.IN_USE, refused.problem());
            assertTrue(refused.getMessage().contains("(process " + holder.pid()), refused.getMessage());
        } finally {
            LockHolder.stop(holder);
        }
        Workspace.open(folder).close();
    }

    @Test
    void aFolderWithoutADatabaseIsNotAWorkspace() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "hello");
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(temp));
        assertEquals(WorkspaceException.Problem.NOT_A_WORKSPACE, refused.problem());
        assertEquals(temp.toAbsolutePath() + " is not an Uptake workspace (it has no workspace.mv.db)."
                + " Create one there with New workspace or `uptake init`.", refused.getMessage());
    }

    @Test
    void aMissingFolderIsReported() {
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(temp.resolve("gone")));
        assertEquals(WorkspaceException.Problem.NOT_FOUND, refused.problem());
    }

    @Test
    void aCorruptDatabaseFileIsReportedAsDamaged() throws IOException {
        Path folder = temp.resolve("w");
        Files.createDirectories(folder);
        byte[] garbage = new byte[8192];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(folder.resolve(Workspace.DATABASE_FILE), garbage);

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.CORRUPT, refused.problem());
        assertTrue(refused.getMessage().contains("is damaged or not an Uptake database"), refused.getMessage());
    }

    @Test
    void aTruncatedDatabaseFileIsReportedAsDamaged() throws IOException {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        Path file = folder.resolve(Workspace.DATABASE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 3000));

        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

        assertEquals(WorkspaceException.Problem.CORRUPT, refused.problem());
    }

    @Test
    void createRefusesANonEmptyFolderAndAnExistingWorkspace() throws IOException {
        Files.writeString(temp.resolve("report.pdf"), "x");
        WorkspaceException notEmpty = assertThrows(WorkspaceException.class, () -> Workspace.create(temp));
        assertEquals(WorkspaceException.Problem.FOLDER_NOT_EMPTY, notEmpty.problem());
        assertTrue(Files.exists(temp.resolve("report.pdf")));

        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        WorkspaceException exists = assertThrows(WorkspaceException.class, () -> Workspace.create(folder));
        assertEquals(WorkspaceException.Problem.ALREADY_A_WORKSPACE, exists.problem());
        assertFalse(Files.exists(temp.resolve("workspace.mv.db")));
    }

    @Test
    void aFileIsRewrittenOnCloseOnlyWhenLargeAndMostlySupersededPages() {
        assertTrue(Workspace.worthCompacting(3_501_604_864L, 35, 86), "the million-people workspace: 30% live");
        assertTrue(Workspace.worthCompacting(2_706_403_328L, 47, 91), "the million-person workspace of round 8: 42% live by H2's estimate");
        assertTrue(Workspace.worthCompacting(996_442_112L, 76, 96), "people and web events with the rollups in key order: 72% by"
                + " H2's estimate, 39% in fact");
        assertTrue(Workspace.worthCompacting(256L << 20, 100, 75), "every chunk in use, 75% of each live");
        assertFalse(Workspace.worthCompacting(256L << 20, 100, 76));
        assertFalse(Workspace.worthCompacting((256L << 20) - 1, 10, 10), "small files are left as they are");
        assertFalse(Workspace.worthCompacting(1L << 40, 90, 95));
    }

    @Test
    void aCompactedFileKeepsItsData() throws Exception {
        Path folder = temp.resolve("w");
        Workspace workspace = Workspace.create(folder);
        execute(workspace, "INSERT INTO account (account_id, name) VALUES ('a1', 'Acme')");
        execute(workspace, "CREATE TABLE scratch AS SELECT X, REPEAT('x', 2000) AS filler FROM SYSTEM_RANGE(1, 20000)");
        execute(workspace, "DROP TABLE scratch");
        // When to rewrite is worthCompacting's, tested above; this checks what the rewrite keeps.
        workspace.closeAndRewrite();
        assertTrue(Files.size(folder.resolve("workspace.mv.db")) < 8L << 20, "40 MB written and dropped");
        try (Workspace reopened = Workspace.open(folder)) {
            assertEquals(1, new OverviewQueries(reopened).summary(5).accounts());
        }
    }

    /** Rewriting takes seconds at a million people: a session that only read closes without it, one that imported may rewrite. */
    @Test
    void onlyASessionThatChangedTheDataMayRewriteTheFileOnClose() {
        Path folder = temp.resolve("w");
        Workspace.create(folder).close();
        try (Workspace reading = Workspace.open(folder)) {
            assertFalse(reading.changedThisSession());
        }
        try (Workspace importing = Workspace.open(folder)) {
            importing.dataChanged();
            assertTrue(importing.changedThisSession());
        }
    }

    private static void execute(Workspace workspace, String sql) throws SQLException {
        try (Connection c = workspace.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
