package org.uptake.model;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of person ids as bits indexed by the id, for the same reason as {@link ByPersonId}: a workspace's ids run from 1
 * up, so a million people are 125 KB of bits and a look-up is one read. Ids the bits do not cover go to a hash set.
 */
public final class PersonIdSet {

    private final BitSet bits = new BitSet();
    private Set<Integer> beyond;

    /** Adds {@code id}; whether it was not there yet. */
    public boolean add(int id) {
        if (id >= 0 && id < ByPersonId.DENSE_LIMIT) {
            if (bits.get(id)) {
                return false;
            }
            bits.set(id);
            return true;
        }
        if (beyond == null) {
            beyond = new HashSet<>();
        }
        return beyond.add(id);
    }

    public boolean contains(int id) {
        if (id >= 0 && id < ByPersonId.DENSE_LIMIT) {
            return bits.get(id);
        }
        return beyond != null && beyond.contains(id);
    }

    public int size() {
        return bits.cardinality() + (beyond == null ? 0 : beyond.size());
    }
}
