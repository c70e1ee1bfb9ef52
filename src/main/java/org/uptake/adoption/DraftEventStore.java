package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.sql.Connection;
import java.sql.SQLException;
import org.uptake.workspace.EventStore;
import org.uptake.workspace.Workspace;

/**
 * The raw events of the names a draft definition uses, remembered per data version: a draft has
 * no feature blocks of its own, and while a PM types a name or a target the events it reads stay
 * the same, so only a newly picked event name costs a pass over the event blocks.
 */
final class DraftEventStore {

    /** Past this many remembered names the memory starts again (a PM picks a handful). */
    private static final int MAX_NAMES = 32;

    /** Receives one event. */
    interface Sink {
        void accept(int person, int name, long ts, int platform);
    }

    /** One name's events, in storage order. */
    private static final class OfName {
        final IntArrayList people = new IntArrayList();
        final LongArrayList times = new LongArrayList();
        final IntArrayList platforms = new IntArrayList();
    }

    private final Workspace workspace;
    private final Int2ObjectOpenHashMap<OfName> byName = new Int2ObjectOpenHashMap<>();
    private long version = -1;

    DraftEventStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Hands every event of {@code names} to the sink, reading the event blocks once for the names not remembered yet. */
    synchronized void forEach(Connection c, IntOpenHashSet names, Sink sink) throws SQLException {
        if (workspace.dataVersion() != version || byName.size() + names.size() > MAX_NAMES) {
            byName.clear();
            version = workspace.dataVersion();
        }
        IntOpenHashSet missing = new IntOpenHashSet();
        names.forEach((int n) -> {
            if (!byName.containsKey(n)) {
                missing.add(n);
            }
        });
        if (!missing.isEmpty()) {
            Int2ObjectOpenHashMap<OfName> read = new Int2ObjectOpenHashMap<>();
            missing.forEach((int n) -> read.put(n, new OfName()));
            EventStore.scanAll(c, block -> {
                for (int i = 0; i < block.size(); i++) {
                    OfName of = read.get(block.name(i));
                    if (of != null) {
                        of.people.add(block.person(i));
                        of.times.add(block.ts(i));
                        of.platforms.add(block.platform(i));
                    }
                }
            });
            byName.putAll(read);
        }
        names.forEach((int n) -> {
            OfName of = byName.get(n);
            for (int i = 0; i < of.people.size(); i++) {
                sink.accept(of.people.getInt(i), n, of.times.getLong(i), of.platforms.getInt(i));
            }
        });
    }
}
