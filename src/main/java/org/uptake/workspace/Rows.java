package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs one parameterised query and hands each row to a reader: the loop every store's reads share. */
final class Rows {

    private Rows() {
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Reader<E extends Exception> {
        void row(ResultSet rs) throws SQLException, E;
    }

    static <E extends Exception> void each(Connection c, String sql, Reader<E> reader, Object... parameters) throws SQLException, E {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.row(rs);
                }
            }
        }
    }
}
