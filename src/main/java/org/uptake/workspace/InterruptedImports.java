package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back what an import left in the database when it did not finish (failed, cancelled, or its
 * process was killed): its committed event chunks, its quarantine rows and its batch row. Run when
 * a workspace opens and when an import fails.
 */
public final class InterruptedImports {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);
    private static final List<String> BATCH_TABLES = List.of("event_block", "event_key_block", "feature_event_block", "quarantine");
    /**
     * Tables whose rows carry the import that created them, and only that one (a later import that
     * changes a person keeps the person's batch): taken back with the import, after its batch tables.
     */
    private static final List<String> CREATED_BY_BATCH = List.of("person");
    private static final Map<String, String> BATCH_INDEX = Map.of("event_block", "event_block_batch", "event_key_block",
            "event_key_block_batch", "feature_event_block", "feature_event_block_batch", "quarantine", "quarantine_batch",
            "person", "person_batch");

    /**
     * The index of people by account. A bulk people import sets it aside and builds it again at its
     * end; an import killed or failed in between gets it back when it is taken back.
     */
    public static final String PERSON_ACCOUNT_INDEX = "CREATE INDEX IF NOT EXISTS person_account ON person (account_id)";

    private InterruptedImports() {
    }

    /**
     * Removes every unfinished import's rows, and rows whose import is not in the workspace at all.
     * Files in imports/ are never deleted here: a killed import's original, or the originals of
     * imports a restored (older) database does not know, stay to be imported again
     * ({@link KeptOriginals#unknown}).
     *
     * <p>After a kill, H2 once brought back a workspace whose {@code batch_id} index missed a block
     * its table held, so deleting the killed import by batch id left that block behind. So when
     * there is something to take back, the batch indexes are rebuilt from their tables first, and
     * rows of batches the workspace does not know are removed too.
     */
    public static void cleanUp(DataSource dataSource) throws SQLException {
        List<Long> unfinished = ids(dataSource, "SELECT id FROM import_batch WHERE status <> 'imported'");
        List<Long> orphaned = orphanedBatches(dataSource);
        if (unfinished.isEmpty() && orphaned.isEmpty()) {
            return;
        }
        rebuildBatchIndexes(dataSource);
        for (long batch : unfinished) {
            LOG.info("Removing unfinished import {}", batch);
            remove(dataSource, batch);
        }
        for (long batch : orphanedBatches(dataSource)) {
            LOG.warn("Removing rows of import {}, which the workspace does not list", batch);
            remove(dataSource, batch);
        }
    }

    /**
     * Batch ids that rows carry but that have no batch row. Each table's distinct batch ids come from
     * its batch index alone (H2 skips from one id to the next), so this is cheap at every open. Any
     * condition in the query ({@code NOT IN}, even {@code IS NOT NULL}) makes H2 test each of a
     * million people's rows instead (1.4 to 2.9 s), so the filtering is done here.
     */
    static List<Long> orphanedBatches(DataSource dataSource) throws SQLException {
        java.util.Set<Long> listed = new java.util.HashSet<>(ids(dataSource, "SELECT id FROM import_batch"));
        List<Long> orphaned = new ArrayList<>();
        for (String table : allBatchTables()) {
            for (long batch : ids(dataSource, batchIdsOf(table))) {
                if (!listed.contains(batch) && !orphaned.contains(batch)) {
                    orphaned.add(batch);
                }
            }
        }
        return orphaned;
    }

    /** Builds each batch index anew from its table's rows (a table scan each: only after an interrupted import). */
    private static void rebuildBatchIndexes(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : allBatchTables()) {
                String index = BATCH_INDEX.get(table);
                s.execute("DROP INDEX IF EXISTS " + index);
                s.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (batch_id)");
            }
        }
    }

    /** The tables whose rows carry their import's batch id (tests check each one's read). */
    static List<String> allBatchTables() {
        List<String> all = new ArrayList<>(BATCH_TABLES);
        all.addAll(CREATED_BY_BATCH);
        return all;
    }

    /** The query's ids, without NULL (people created by no import carry none). */
    private static List<Long> ids(DataSource dataSource, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!rs.wasNull()) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The query for a table's distinct batch ids: no condition, so H2 answers it from the batch index alone. */
    static String batchIdsOf(String table) {
        return "SELECT DISTINCT batch_id FROM " + table;
    }

    /** Deletes one import's rows and its batch, in one transaction. */
    public static void remove(DataSource dataSource, long batchId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String table : allBatchTables()) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE batch_id = ?")) {
                        s.setLong(1, batchId);
                        s.executeUpdate();
                    }
                }
                // Links from anonymous ids to people just taken back go with them.
                try (PreparedStatement s = c.prepareStatement("DELETE FROM person_alias WHERE person_id NOT IN (SELECT id FROM person)")) {
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM import_batch WHERE id = ?")) {
                    s.setLong(1, batchId);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            try (Statement s = c.createStatement()) {
                s.execute(PERSON_ACCOUNT_INDEX);
            }
        }
    }
}
