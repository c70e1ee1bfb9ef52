package org.uptake.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One kind of result computed from a workspace's data, remembered while that data stays the same:
 * screens that each need the same expensive read (a feature's people) share one, and a thread asking
 * while another computes it waits for that result instead of reading again. An import forgets
 * everything (the workspace tells its caches when its data changes). Values must not be modified by
 * their users.
 */
public final class Cached<K, V> {

    private final Workspace workspace;
    private final int entries;
    /** The last few results (LRU), each with the data version it was computed on. */
    private final Map<K, Entry<V>> results;

    private record Entry<V>(long version, CompletableFuture<V> value) {
    }

    /** Remembers at most {@code entries} results of {@code workspace}'s current data. */
    public Cached(Workspace workspace, int entries) {
        this.workspace = workspace;
        this.entries = entries;
        this.results = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > Cached.this.entries;
            }
        };
        // Forget at once when an import starts: at a million people one result holds about 100 MB.
        workspace.whenDataChanges(this::clear);
    }

    /** The remembered result for {@code key}, computing it when the data changed since or it was never asked for. */
    public V get(K key, Function<K, V> compute) {
        long version = workspace.dataVersion();
        CompletableFuture<V> mine = new CompletableFuture<>();
        Entry<V> known;
        synchronized (results) {
            known = results.get(key);
            if (known == null || known.version() != version) {
                known = null;
                results.put(key, new Entry<>(version, mine));
            }
        }
        if (known != null) {
            // Computed, or being computed by another thread (a warm-up, another screen): share it.
            try {
                return known.value().join();
            } catch (CompletionException | CancellationException e) {
                return compute.apply(key);
            }
        }
        try {
            V value = compute.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (results) {
                results.remove(key, new Entry<>(version, mine));
            }
            throw e;
        }
    }

    /** The result remembered for {@code key} on the current data when it is computed already, else null (never computes, never waits). */
    public V peek(K key) {
        long version = workspace.dataVersion();
        Entry<V> known;
        synchronized (results) {
            known = results.get(key);
        }
        return known != null && known.version() == version && known.value().isDone() && !known.value().isCompletedExceptionally()
                ? known.value().join() : null;
    }

    /** Forgets every result. */
    public void clear() {
        synchronized (results) {
            results.clear();
        }
    }
}
