package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    private InterruptedImports() {
    }

    /**
     * Removes every unfinished import's rows. Files in imports/ are never deleted here: a killed
     * import's original, or the originals of imports a restored (older) database does not know,
     * stay to be imported again ({@link KeptOriginals#unknown}).
     */
    public static void cleanUp(DataSource dataSource) throws SQLException {
        List<Long> unfinished = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM import_batch WHERE status <> 'imported'")) {
            while (rs.next()) {
                unfinished.add(rs.getLong(1));
            }
        }
        for (long batch : unfinished) {
            LOG.info("Removing unfinished import {}", batch);
            remove(dataSource, batch);
        }
    }

    /** Deletes one import's rows and its batch, in one transaction. */
    public static void remove(DataSource dataSource, long batchId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String table : BATCH_TABLES) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE batch_id = ?")) {
                        s.setLong(1, batchId);
                        s.executeUpdate();
                    }
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
        }
    }
}
