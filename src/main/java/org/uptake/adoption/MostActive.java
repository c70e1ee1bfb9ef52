package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * People most active first: more events in the window first, then the lower person id. The Adoption screen ranks
 * every non-adopter in the audience this way on each feature change (a quarter of a million people at a million); a
 * comparator looking each person's events up in a map on every comparison was most of the screen's recompute, so
 * each person's place is packed into one number and the numbers are sorted.
 */
final class MostActive {

    private MostActive() {
    }

    /** The first {@code limit} of {@code people} in that order; {@code activity}: {active days, events} per person id. */
    static List<FeaturePeople.Person> first(List<FeaturePeople.Person> people, Int2ObjectMap<long[]> activity, int limit) {
        long[] places = new long[people.size()];
        Int2ObjectMap<FeaturePeople.Person> byId = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>(people.size());
        for (int i = 0; i < places.length; i++) {
            FeaturePeople.Person p = people.get(i);
            long events = events(activity, p.id());
            if (events < 0 || events > Integer.MAX_VALUE || p.id() < 0) {
                // Beyond what one number holds: the comparator, which gives the same order.
                return people.stream().sorted(order(activity)).limit(limit).toList();
            }
            // Fewer events ranks later; ties by id: (MAX - events) in the high half, the id in the low half.
            places[i] = (Integer.MAX_VALUE - events) << 32 | p.id();
            byId.put(p.id(), p);
        }
        Arrays.sort(places);
        List<FeaturePeople.Person> ranked = new ArrayList<>((int) Math.min(limit, places.length));
        for (int i = 0; i < places.length && i < limit; i++) {
            ranked.add(byId.get((int) places[i]));
        }
        return ranked;
    }

    /** The order itself, as a comparator. */
    static Comparator<FeaturePeople.Person> order(Int2ObjectMap<long[]> activity) {
        return Comparator.comparingLong((FeaturePeople.Person p) -> -events(activity, p.id())).thenComparingInt(FeaturePeople.Person::id);
    }

    private static long events(Int2ObjectMap<long[]> activity, int person) {
        long[] a = activity.get(person);
        return a == null ? 0 : a[1];
    }
}
