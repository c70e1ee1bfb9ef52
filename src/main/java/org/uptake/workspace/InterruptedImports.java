package org.uptake.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back what an import left when it did not finish (failed, cancelled, or its process was
 * killed): its committed event chunks, its quarantine rows, its batch row and its copy in
 * {@code imports/}. Run when a workspace opens and when an import fails.
 */
public final class InterruptedImports {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);
    private static final List<String> BATCH_TABLES = List.of("event_block", "event_key_block", "feature_event_block", "quarantine");

    private InterruptedImports() {
    }

    /** Removes every unfinished import and every file in imports/ that no finished import owns. */
    public static void cleanUp(DataSource dataSource, Path importsFolder) throws SQLException, IOException {
        List<Long> unfinished = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, status, stored_path FROM import_batch")) {
                while (rs.next()) {
                    if ("imported".equals(rs.getString(2))) {
                        kept.add(rs.getString(3));
                    } else {
                        unfinished.add(rs.getLong(1));
                    }
                }
            }
        }
        for (long batch : unfinished) {
            LOG.info("Removing unfinished import {}", batch);
            remove(dataSource, batch);
        }
        if (Files.isDirectory(importsFolder)) {
            try (Stream<Path> files = Files.list(importsFolder)) {
                for (Path file : files.toList()) {
                    if (!kept.contains(file.getFileName().toString())) {
                        Files.deleteIfExists(file);
                    }
                }
            }
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
