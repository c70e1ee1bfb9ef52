package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An account page reads only its people's slots of an activity block: the same people, days and counts as decoding the whole block. */
class ActivityBlockSlotsTest {

    @Test
    void somePeopleOfABlockReadAsTheWholeBlockHasThem() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int blockNo = random.nextInt(1_000);
            PersonActivity[] block = randomBlock(random, blockNo, id -> person(random, id));
            byte[] bytes = ActivityStore.encode(block);
            PersonActivity[] whole = ActivityStore.decode(blockNo, bytes);
            int[] wanted = random.ints(1 + random.nextInt(60), 0, ActivityStore.PEOPLE_PER_BLOCK).distinct()
                    .map(slot -> blockNo * ActivityStore.PEOPLE_PER_BLOCK + slot).sorted().toArray();
            List<String> expected = new ArrayList<>();
            for (int person : wanted) {
                PersonActivity a = whole[person - blockNo * ActivityStore.PEOPLE_PER_BLOCK];
                if (a != null) {
                    expected.add(text(a));
                }
            }
            assertEquals(expected, ActivityStore.decodeSlots(blockNo, bytes, wanted).stream().map(ActivityBlockSlotsTest::text).toList(),
                    "block " + blockNo + ", people " + Arrays.toString(wanted));
        }
    }

    @Test
    void theLastSlotAndTheFirstAreRead() {
        PersonActivity[] block = new PersonActivity[ActivityStore.PEOPLE_PER_BLOCK];
        block[0] = new PersonActivity(2_048, new int[] {20_500}, new int[] {3}, new int[] {1}, new long[] {3});
        block[1_023] = new PersonActivity(3_071, new int[] {20_400, 20_501}, new int[] {200, 1}, new int[] {0, 2}, new long[] {1, 200});
        byte[] bytes = ActivityStore.encode(block);
        assertEquals(List.of("2048 [20500] [3] [1] [3]", "3071 [20400, 20501] [200, 1] [0, 2] [1, 200]"),
                ActivityStore.decodeSlots(2, bytes, new int[] {2_048, 2_500, 3_071}).stream().map(ActivityBlockSlotsTest::text).toList());
    }

    /** A block in which two slots of three, at random, hold a person made by {@code person} (from their id). */
    static PersonActivity[] randomBlock(Random random, int blockNo, java.util.function.IntFunction<PersonActivity> person) {
        PersonActivity[] block = new PersonActivity[ActivityStore.PEOPLE_PER_BLOCK];
        for (int slot = 0; slot < block.length; slot++) {
            if (random.nextInt(3) > 0) {
                block[slot] = person.apply(blockNo * ActivityStore.PEOPLE_PER_BLOCK + slot);
            }
        }
        return block;
    }

    private static PersonActivity person(Random random, int id) {
        int[] days = random.ints(random.nextInt(12), 19_000, 21_000).distinct().sorted().toArray();
        int[] events = random.ints(days.length, 1, 100_000).toArray();
        int[] platforms = random.ints(random.nextInt(4), 0, 5).distinct().toArray();
        long[] platformEvents = random.longs(platforms.length, 1, 1L << 40).toArray();
        return new PersonActivity(id, days, events, platforms, platformEvents);
    }

    private static String text(PersonActivity a) {
        return a.person() + " " + Arrays.toString(a.days) + " " + Arrays.toString(a.dayEvents) + " " + Arrays.toString(a.platforms) + " "
                + Arrays.toString(a.platformEvents);
    }
}
