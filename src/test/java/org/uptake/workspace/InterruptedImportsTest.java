package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedImportsTest {

    @TempDir
    Path temp;

    @Test
    void rowsOfBatchesTheWorkspaceDoesNotListAreFoundAndPeopleWithoutABatchAreNot() throws SQLException {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            execute(workspace, "INSERT INTO import_batch (id, file_name, kind, status, started_at)"
                    + " VALUES (5, 'people.csv', 'people', 'imported', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00Z')");
            // People from before batches were kept carry none; people of batch 5 are listed; 77 and 78 are not.
            execute(workspace, "INSERT INTO person (user_id, batch_id) VALUES ('old', NULL), ('kept', 5), ('a', 78), ('b', 77), ('c', 78)");
            execute(workspace, "INSERT INTO event_key_block (batch_id, dedupe_keys) VALUES (77, X''), (79, X'')");

            assertEquals(List.of(77L, 79L, 78L), InterruptedImports.orphanedBatches(workspace.dataSource()));
        }
    }

    /**
     * Opening checks every batch table at every open: with a condition in the query H2 tests a
     * million people's rows one by one (2.9 s); without one it skips through the batch index.
     */
    @Test
    void eachTablesBatchIdsAreReadByStepsThroughItsBatchIndex() throws SQLException {
        try (Workspace workspace = Workspace.create(temp.resolve("w"))) {
            execute(workspace, "INSERT INTO person (user_id, batch_id) SELECT 'u' || X, MOD(X, 3) FROM SYSTEM_RANGE(1, 3000)");
            execute(workspace, "ANALYZE");
            for (String table : InterruptedImports.allBatchTables()) {
                String plan = plan(workspace, InterruptedImports.batchIdsOf(table));
                assertFalse(plan.contains("tableScan"), table + ": " + plan);
            }
            assertTrue(plan(workspace, InterruptedImports.batchIdsOf("person")).contains("/* distinct */"));
        }
    }

    private static String plan(Workspace workspace, String sql) throws SQLException {
        try (Connection c = workspace.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Workspace workspace, String sql) throws SQLException {
        try (Connection c = workspace.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
