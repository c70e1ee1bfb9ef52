package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed ranking against the order it stands for: more events first, then the lower id. */
class MostActiveTest {

    private static FeaturePeople.Person person(int id) {
        return new FeaturePeople.Person(id, "u" + id, null, null, null, null, 0L, null);
    }

    @Test
    void ranksMoreEventsFirstAndTiesByIdAsTheComparatorDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<FeaturePeople.Person> people = new ArrayList<>();
            Int2ObjectOpenHashMap<long[]> activity = new Int2ObjectOpenHashMap<>();
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                int id = random.nextInt(1_000_000);
                if (activity.containsKey(id) || people.stream().anyMatch(p -> p.id() == id)) {
                    continue;
                }
                people.add(person(id));
                // Few distinct counts, so ties are common; some people have no activity at all.
                if (random.nextInt(5) > 0) {
                    activity.put(id, new long[] {1, random.nextInt(6)});
                }
            }
            Collections.shuffle(people, random);
            int limit = 1 + random.nextInt(n + 5);
            List<FeaturePeople.Person> expected = people.stream().sorted(MostActive.order(activity)).limit(limit).toList();
            assertEquals(expected, MostActive.first(people, activity, limit));
        }
    }

    @Test
    void aHandBuiltRanking() {
        Int2ObjectOpenHashMap<long[]> activity = new Int2ObjectOpenHashMap<>();
        activity.put(5, new long[] {2, 10});
        activity.put(3, new long[] {1, 10});
        activity.put(9, new long[] {4, 40});
        List<FeaturePeople.Person> ranked = MostActive.first(List.of(person(5), person(7), person(3), person(9)), activity, 3);
        assertEquals(List.of(9, 3, 5), ranked.stream().map(FeaturePeople.Person::id).toList());
    }
}
