package org.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ByPersonIdTest {

    @Test
    void keepsWhatAMapKeepsForIdsInAndBeyondTheArray() {
        ByPersonId<String> byId = new ByPersonId<>();
        Map<Integer, String> expected = new HashMap<>();
        Random random = new Random(7);
        int[] odd = {-5, -1, 0, ByPersonId.DENSE_LIMIT - 1, ByPersonId.DENSE_LIMIT, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < 5_000; i++) {
            int id = i % 10 == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(3_000);
            String value = "v" + i;
            assertEquals(expected.put(id, value), byId.put(id, value));
        }
        assertEquals(expected.size(), byId.size());
        for (int id : List.of(-5, -1, 0, 1, 2_999, 3_000, ByPersonId.DENSE_LIMIT - 1, ByPersonId.DENSE_LIMIT, Integer.MAX_VALUE,
                Integer.MIN_VALUE, -2)) {
            assertEquals(expected.get(id), byId.get(id), "id " + id);
            assertEquals(expected.containsKey(id), byId.containsKey(id), "id " + id);
        }
        List<Integer> ids = new ArrayList<>();
        byId.forEach((id, value) -> {
            assertEquals(expected.get(id), value);
            ids.add(id);
        });
        assertEquals(List.copyOf(new TreeMap<>(expected).keySet()), ids, "every id once, ascending");
    }

    @Test
    void makesAValueOnlyWhenThereIsNone() {
        ByPersonId<long[]> byId = new ByPersonId<>();
        assertTrue(byId.isEmpty());
        long[] made = byId.computeIfAbsent(42, id -> new long[] {id});
        assertEquals(made, byId.computeIfAbsent(42, id -> new long[] {-1}));
        assertEquals(1, byId.size());
        assertFalse(byId.isEmpty());
        assertNull(byId.get(41));
        assertThrows(IllegalArgumentException.class, () -> byId.put(1, null));
    }

    @Test
    void aSetOfIdsHoldsEachIdOnceWhereverItFalls() {
        PersonIdSet set = new PersonIdSet();
        for (int id : new int[] {3, 3, -7, ByPersonId.DENSE_LIMIT, 0, Integer.MAX_VALUE}) {
            set.add(id);
        }
        assertEquals(5, set.size());
        assertTrue(set.contains(3) && set.contains(-7) && set.contains(ByPersonId.DENSE_LIMIT) && set.contains(0)
                && set.contains(Integer.MAX_VALUE));
        assertFalse(set.contains(4) || set.contains(-8) || set.contains(ByPersonId.DENSE_LIMIT + 1));
        assertFalse(set.add(-7));
        assertTrue(set.add(4));
    }
}
