package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A window's read asks each person only which ranges of days they had an event in, and their main platform: the same
 * answers as decoding each person's activity and looking at each of their days.
 */
class ActivityRangesTest {

    private static final String[] NAMES = {"", "web", "ios", "android", "api", "desktop", "tv", "watch"};

    @Test
    void rangesAndMainPlatformAreThoseOfEachPersonsActivity() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int blockNo = random.nextInt(1_000);
            PersonActivity[] block = ActivityBlockSlotsTest.randomBlock(random, blockNo, id -> person(random, id));
            int ranges = 1 + random.nextInt(Long.SIZE);
            long[] from = new long[ranges];
            long[] to = new long[ranges];
            for (int j = 0; j < ranges; j++) {
                from[j] = 18_990 + random.nextInt(2_020);
                // Now and then an empty range (its end before its start) and a range of one day.
                to[j] = from[j] + random.nextInt(200) - (random.nextInt(10) == 0 ? 300 : 0);
            }
            List<String> expected = new ArrayList<>();
            for (PersonActivity a : ActivityStore.decode(blockNo, ActivityStore.encode(block))) {
                if (a != null) {
                    long bits = 0;
                    // Each day against each range, one by one: not the binary search both reads share.
                    for (int j = 0; j < ranges; j++) {
                        for (int day : a.days) {
                            if (day >= from[j] && day <= to[j]) {
                                bits |= 1L << j;
                            }
                        }
                    }
                    expected.add(a.person() + " " + Long.toBinaryString(bits) + " " + a.mainPlatform(i -> NAMES[i]));
                }
            }
            List<String> found = new ArrayList<>();
            ActivityStore.decodeRanges(blockNo, ActivityStore.encode(block), from, to, new ActivityStore.RangeCursor(),
                    p -> found.add(p.person() + " " + Long.toBinaryString(p.ranges()) + " " + p.mainPlatform(i -> NAMES[i])));
            assertEquals(expected, found, "block " + blockNo);
        }
    }

    @Test
    void aPersonWithManyDaysAndPlatformsAfterOneWithFewIsReadWhole() throws Exception {
        PersonActivity[] block = new PersonActivity[ActivityStore.PEOPLE_PER_BLOCK];
        block[0] = new PersonActivity(0, new int[] {20_000}, new int[] {1}, new int[] {2}, new long[] {1});
        int[] days = java.util.stream.IntStream.range(20_000, 20_300).toArray();
        block[5] = new PersonActivity(5, days, java.util.stream.IntStream.range(0, 300).map(i -> 1).toArray(),
                new int[] {1, 2, 3, 4, 0, 0, 0}, new long[] {5, 9, 9, 2, 1, 1, 1});
        // Platform only, no days: handed on, in no range.
        block[9] = new PersonActivity(9, new int[0], new int[0], new int[] {3}, new long[] {4});
        List<String> found = new ArrayList<>();
        ActivityStore.decodeRanges(0, ActivityStore.encode(block), new long[] {20_299, 20_300, 19_000}, new long[] {20_400, 20_400, 20_000},
                new ActivityStore.RangeCursor(), p -> found.add(p.person() + " " + Long.toBinaryString(p.ranges()) + " "
                        + NAMES[p.mainPlatform(i -> NAMES[i])]));
        // Person 5's platforms 2 (ios) and 3 (android) tie at 9 events: the alphabetically first name wins.
        assertEquals(List.of("0 100 ios", "5 101 android", "9 0 android"), found);
    }

    private static PersonActivity person(Random random, int id) {
        int[] days = random.ints(random.nextInt(90), 19_000, 21_000).distinct().sorted().toArray();
        int[] events = random.ints(days.length, 1, 100_000).toArray();
        // Up to seven platforms: more than the cursor holds at first.
        int[] platforms = random.ints(random.nextInt(10), 1, 8).distinct().toArray();
        long[] platformEvents = random.longs(platforms.length, 1, 4).toArray();
        return new PersonActivity(id, days, events, platforms, platformEvents);
    }
}
