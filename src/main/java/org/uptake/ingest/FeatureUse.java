package org.uptake.ingest;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.uptake.model.Feature;

/**
 * The feature events an import met, kept in primitive arrays, so the rollups of the (feature,
 * person) pairs it touched are brought up to date in one pass ({@link FeatureUseStore}): new pairs
 * inserted, known pairs given this import's counts. Same definitions as {@link RollupQueries}.
 */
final class FeatureUse {

    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final IntArrayList feature = new IntArrayList();
    private final IntArrayList person = new IntArrayList();
    private final LongArrayList ts = new LongArrayList();
    private final IntArrayList name = new IntArrayList();

    void add(String featureKey, int personId, long time, int nameId) {
        feature.add(keyIndex.computeIfAbsent(featureKey, k -> {
            keys.add(k);
            return keys.size() - 1;
        }));
        person.add(personId);
        ts.add(time);
        name.add(nameId);
    }

    boolean isEmpty() {
        return ts.isEmpty();
    }

    /** The feature key of a pair. */
    String featureOf(long pair) {
        return keys.get((int) (pair >>> 32));
    }

    /** The pair of a stored row, or -1 when this import met no event of its feature. */
    long pairOf(String featureKey, int personId) {
        Integer k = keyIndex.get(featureKey);
        return k == null ? -1 : ((long) k << 32) | (personId & 0xffffffffL);
    }

    /** One day of a pair's use in this import. */
    record DayUse(long day, int uses, int adoptionUses) {
    }

    /** A pair's rollup: this import's days, and first and last times (Long.MAX_VALUE / MIN_VALUE for none). */
    static final class Totals {
        final String feature;
        final int person;
        final List<DayUse> days = new ArrayList<>();
        long firstUse = Long.MAX_VALUE;
        long lastUse = Long.MIN_VALUE;
        long firstAdoption = Long.MAX_VALUE;
        long firstLegacy = Long.MAX_VALUE;
        long lastLegacy = Long.MIN_VALUE;
        int daysUsed;
        /** The last use the workspace held before this import (Long.MIN_VALUE: none): no day after it has a row yet. */
        long storedLastUse = Long.MIN_VALUE;

        Totals(String feature, int person) {
            this.feature = feature;
            this.person = person;
        }

        /** These counts on top of what the workspace held (whose days are counted in daysUsed). */
        Totals after(Totals before) {
            storedLastUse = before.lastUse;
            firstUse = Math.min(firstUse, before.firstUse);
            lastUse = Math.max(lastUse, before.lastUse);
            firstAdoption = Math.min(firstAdoption, before.firstAdoption);
            firstLegacy = Math.min(firstLegacy, before.firstLegacy);
            lastLegacy = Math.max(lastLegacy, before.lastLegacy);
            daysUsed = before.daysUsed;
            return this;
        }
    }

    /**
     * The pairs held here, people resolved (a merged placeholder read as its person), in (person,
     * feature key) order; {@link Pairs#keys} names them all before the first {@link Pairs#next}.
     */
    Pairs pairs(List<Feature> features, Dictionary names, IntUnaryOperator resolve) {
        return new Pairs(features, names, resolve);
    }

    /** Walks the pairs one at a time, each with its totals from this import's events. */
    final class Pairs {
        private final int n = ts.size();
        private final int[] order = new int[n];
        private final LongOpenHashSet keys = new LongOpenHashSet();
        private final Map<String, Feature> byKey = new HashMap<>();
        private final Dictionary names;
        private int from;
        private long key;
        private Totals totals;

        private Pairs(List<Feature> features, Dictionary names, IntUnaryOperator resolve) {
            this.names = names;
            for (int i = 0; i < n; i++) {
                order[i] = i;
                person.set(i, resolve.applyAsInt(person.getInt(i)));
                keys.add(pair(i));
            }
            // In the order of the rollups' primary keys, (person, feature key): a first import then appends to their
            // trees, where (feature, person) order went through every page once per feature (a third of a million-person
            // import); a day's import visits each page it changes once.
            int[] rank = keyRanks();
            it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order, (a, b) -> {
                int byPerson = Integer.compare(person.getInt(a), person.getInt(b));
                if (byPerson != 0) {
                    return byPerson;
                }
                int byFeature = Integer.compare(rank[feature.getInt(a)], rank[feature.getInt(b)]);
                return byFeature != 0 ? byFeature : Long.compare(ts.getLong(a), ts.getLong(b));
            });
            features.forEach(f -> byKey.put(f.key(), f));
        }

        /** Every pair. */
        LongOpenHashSet keys() {
            return keys;
        }

        /** Moves to the next pair; false after the last. */
        boolean next() {
            if (from >= n) {
                return false;
            }
            int to = from;
            key = pair(order[from]);
            while (to < n && pair(order[to]) == key) {
                to++;
            }
            totals = FeatureUse.this.totals(byKey.get(featureOf(key)), names, (int) key, order, from, to);
            from = to;
            return true;
        }

        long key() {
            return key;
        }

        Totals totals() {
            return totals;
        }
    }

    /** Each feature index's place among the feature keys in text order. */
    private int[] keyRanks() {
        List<String> sorted = new ArrayList<>(keys);
        java.util.Collections.sort(sorted);
        int[] rank = new int[keys.size()];
        for (int k = 0; k < rank.length; k++) {
            rank[k] = sorted.indexOf(keys.get(k));
        }
        return rank;
    }

    private long pair(int i) {
        return ((long) feature.getInt(i) << 32) | (person.getInt(i) & 0xffffffffL);
    }

    /** A pair's days and times from its events in this import (order[from..to), in time order). */
    private Totals totals(Feature f, Dictionary names, int personId, int[] order, int from, int to) {
        IntOpenHashSet legacy = new IntOpenHashSet();
        f.legacyEvents().forEach(e -> legacy.add(names.known(e)));
        int adoption = names.known(f.adoption() == null ? null : f.adoption().event());
        long launch = f.launchedAt().toEpochDay() * 86_400_000L;
        Totals t = new Totals(f.key(), personId);
        long currentDay = Long.MIN_VALUE;
        int uses = 0;
        int adoptionUses = 0;
        for (int k = from; k <= to; k++) {
            long d = k < to ? Math.floorDiv(ts.getLong(order[k]), 86_400_000L) : Long.MAX_VALUE;
            if (d != currentDay && currentDay != Long.MIN_VALUE && uses > 0) {
                t.days.add(new DayUse(currentDay, uses, adoptionUses));
            }
            if (k == to) {
                break;
            }
            if (d != currentDay) {
                currentDay = d;
                uses = 0;
                adoptionUses = 0;
            }
            int i = order[k];
            long time = ts.getLong(i);
            if (legacy.contains(name.getInt(i))) {
                t.firstLegacy = Math.min(t.firstLegacy, time);
                t.lastLegacy = Math.max(t.lastLegacy, time);
                continue;
            }
            uses++;
            t.firstUse = Math.min(t.firstUse, time);
            t.lastUse = Math.max(t.lastUse, time);
            if (name.getInt(i) == adoption && time >= launch) {
                adoptionUses++;
                t.firstAdoption = Math.min(t.firstAdoption, time);
            }
        }
        return t;
    }
}
