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

    /**
     * Room that a pass's blocks are read into one after another: each {@link #read} overwrites the one before. H2's
     * {@code getBytes} copies a block into a new array; a million people's activity and profiles were 30 MB of such
     * copies per adoption summary, and the collections they brought on.
     */
    static final class Room {
        private byte[] bytes = new byte[1 << 16];

        /** The column's bytes, at the start of the room (which may run longer than they do): good until the next read. */
        byte[] read(ResultSet row, int column) throws SQLException {
            try (java.io.InputStream in = row.getBinaryStream(column)) {
                int size = 0;
                int expected = in.available();
                if (expected > bytes.length) {
                    bytes = new byte[Math.max(expected, 2 * bytes.length)];
                }
                while (true) {
                    if (size == bytes.length) {
                        bytes = java.util.Arrays.copyOf(bytes, 2 * bytes.length);
                    }
                    int n = in.read(bytes, size, bytes.length - size);
                    if (n < 0) {
                        // An empty value is no block: an empty array fails its decoder, where the room's last bytes
                        // would have passed for it.
                        return size == 0 ? new byte[0] : bytes;
                    }
                    size += n;
                }
            } catch (java.io.IOException e) {
                throw new SQLException("Could not read a stored block", e);
            }
        }
    }
}
