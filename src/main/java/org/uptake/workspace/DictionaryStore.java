package org.uptake.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/** The {@code dictionary} table: names stored once (event names, platforms, click targets) and referred to by number. */
public final class DictionaryStore {

    public static final int EVENT_NAME = 1;
    public static final int PLATFORM = 2;
    public static final int TARGET = 3;
    /** Longer entries are cut: a click target is a label, not a document. */
    private static final int MAX_ENTRY = 500;

    private DictionaryStore() {
    }

    /** Every entry of a kind with its id. */
    public static void forEach(Transaction tx, int kind, ObjIntConsumer<String> entryAndId) {
        try {
            Rows.each(tx.connection(), "SELECT id, entry FROM dictionary WHERE kind = ?", rs -> entryAndId.accept(rs.getString(2), rs.getInt(1)),
                    kind);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the dictionary", e);
        }
    }

    /** Entries by id in an array (null where an id has none), for look-ups in a pass over events. */
    public static String[] byId(java.util.Map<Integer, String> entries) {
        String[] out = new String[entries.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
        entries.forEach((id, entry) -> {
            if (id >= 0) {
                out[id] = entry;
            }
        });
        return out;
    }

    /** Adds new entries of a kind with the ids given to them. */
    public static void add(Transaction tx, int kind, List<String> entries, ToIntFunction<String> id) {
        try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO dictionary (kind, id, entry) VALUES (?, ?, ?)")) {
            for (String value : entries) {
                s.setInt(1, kind);
                s.setInt(2, id.applyAsInt(value));
                s.setString(3, value.length() > MAX_ENTRY ? value.substring(0, MAX_ENTRY) : value);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot add to the dictionary", e);
        }
    }
}
