package org.uptake.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Values by person id, held in an array indexed by the id. A workspace gives its people ids one by one from 1, so
 * the array is about as long as the workspace has people, and a look-up is one array read. At a million people the
 * hash probes this replaces (each a cache miss, since a hash scatters ids that come in order) were a tenth of a watch
 * refresh. Ids below 0 or from {@link #DENSE_LIMIT} up, which a workspace never gives out but a caller may hold, go to
 * a hash map beside the array.
 *
 * @param <T> the value kept per person
 */
public final class ByPersonId<T> {

    /** Ids from here up are kept in the hash map: an array of them would be too long for what it holds. */
    static final int DENSE_LIMIT = 1 << 24;

    private Object[] values = new Object[16];
    private Map<Integer, T> beyond;
    private int size;

    /** The value of {@code id}, or null. */
    @SuppressWarnings("unchecked")
    public T get(int id) {
        if (id >= 0 && id < DENSE_LIMIT) {
            return id < values.length ? (T) values[id] : null;
        }
        return beyond == null ? null : beyond.get(id);
    }

    public boolean containsKey(int id) {
        return get(id) != null;
    }

    /** Keeps {@code value} (not null) for {@code id}; returns the value it replaces, or null. */
    @SuppressWarnings("unchecked")
    public T put(int id, T value) {
        if (value == null) {
            throw new IllegalArgumentException("No value for person " + id);
        }
        T before;
        if (id >= 0 && id < DENSE_LIMIT) {
            if (id >= values.length) {
                // Doubling: the copies made on the way to a million people then add up to one array, not three.
                values = Arrays.copyOf(values, (int) Math.min(DENSE_LIMIT, Math.max(id + 1L, 2L * values.length)));
            }
            before = (T) values[id];
            values[id] = value;
        } else {
            if (beyond == null) {
                beyond = new HashMap<>();
            }
            before = beyond.put(id, value);
        }
        if (before == null) {
            size++;
        }
        return before;
    }

    /** The value of {@code id}, made by {@code make} and kept when there is none. */
    public T computeIfAbsent(int id, IntFunction<T> make) {
        T value = get(id);
        if (value == null) {
            value = make.apply(id);
            put(id, value);
        }
        return value;
    }

    /** How many people have a value. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Each person with a value, by ascending id. */
    public void forEach(PersonConsumer<? super T> each) {
        if (beyond != null) {
            beyond.entrySet().stream().filter(e -> e.getKey() < 0).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> each.accept(e.getKey(), e.getValue()));
        }
        for (int id = 0; id < values.length; id++) {
            @SuppressWarnings("unchecked")
            T value = (T) values[id];
            if (value != null) {
                each.accept(id, value);
            }
        }
        if (beyond != null) {
            beyond.entrySet().stream().filter(e -> e.getKey() >= 0).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> each.accept(e.getKey(), e.getValue()));
        }
    }

    /** What {@link #forEach} is given: a person's id and value. */
    @FunctionalInterface
    public interface PersonConsumer<T> {
        void accept(int id, T value);
    }
}
