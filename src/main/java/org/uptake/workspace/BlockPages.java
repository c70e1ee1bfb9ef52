package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a table of blocks a page at a time, in key order. H2 holds a whole result in memory before
 * the first row is read, and thousands of blocks would not fit; paging by key keeps one page there.
 */
final class BlockPages {

    /** Receives one row of a page. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private BlockPages() {
    }

    /**
     * Runs {@code sql} page after page: its first column is the key, its parameters are
     * {@code fixed} and then the last key read (so it ends "AND key > ? ORDER BY key LIMIT
     * pageSize").
     */
    static void forEach(Connection c, String sql, int pageSize, List<Object> fixed, RowReader reader) throws SQLException {
        long last = Long.MIN_VALUE;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            while (true) {
                int i = 1;
                for (Object parameter : fixed) {
                    s.setObject(i++, parameter);
                }
                s.setLong(i, last);
                int read = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        read++;
                        reader.read(rs);
                    }
                }
                if (read < pageSize) {
                    return;
                }
            }
        }
    }
}
