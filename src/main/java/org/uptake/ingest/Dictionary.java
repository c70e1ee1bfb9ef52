package org.uptake.ingest;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Names stored once and referred to by number in every event row: event names, platforms, click targets. */
final class Dictionary {

    static final int EVENT_NAME = 1;
    static final int PLATFORM = 2;
    static final int TARGET = 3;

    private final int kind;
    private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
    private final List<String> added = new ArrayList<>();
    private int next = 1;

    Dictionary(int kind) {
        this.kind = kind;
        ids.defaultReturnValue(0);
    }

    void load(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, entry FROM dictionary WHERE kind = ?")) {
            s.setInt(1, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getInt(1));
                    next = Math.max(next, rs.getInt(1) + 1);
                }
            }
        }
    }

    /** The id of a value, adding it when new; 0 stands for "none". */
    int id(String value) {
        if (value == null) {
            return 0;
        }
        int id = ids.getInt(value);
        if (id == 0) {
            id = next++;
            ids.put(value, id);
            added.add(value);
        }
        return id;
    }

    /** The id of a value already known, or 0. */
    int known(String value) {
        return value == null ? 0 : ids.getInt(value);
    }

    /** Writes the values added since the last flush (inside the import's transaction). */
    void flush(Connection c) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dictionary (kind, id, entry) VALUES (?, ?, ?)")) {
            for (String value : added) {
                s.setInt(1, kind);
                s.setInt(2, ids.getInt(value));
                s.setString(3, value.length() > 500 ? value.substring(0, 500) : value);
                s.addBatch();
            }
            s.executeBatch();
        }
        added.clear();
    }

    int newValues() {
        return added.size();
    }
}
