package org.uptake.ingest;

import org.uptake.workspace.DictionaryStore;
import org.uptake.workspace.Transaction;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/** Names stored once and referred to by number in every event row: event names, platforms, click targets. */
final class Dictionary {

    static final int EVENT_NAME = DictionaryStore.EVENT_NAME;
    static final int PLATFORM = DictionaryStore.PLATFORM;
    static final int TARGET = DictionaryStore.TARGET;

    private final int kind;
    private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
    private final List<String> added = new ArrayList<>();
    private int next = 1;

    Dictionary(int kind) {
        this.kind = kind;
        ids.defaultReturnValue(0);
    }

    void load(Transaction tx) {
        DictionaryStore.forEach(tx, kind, (entry, id) -> {
            ids.put(entry, id);
            next = Math.max(next, id + 1);
        });
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
    void flush(Transaction tx) {
        if (added.isEmpty()) {
            return;
        }
        DictionaryStore.add(tx, kind, added, ids::getInt);
        added.clear();
    }

    int newValues() {
        return added.size();
    }
}
