package org.uptake.adoption;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uptake.workspace.ActivityStore;
import org.uptake.workspace.ProfileStore;

/**
 * Everyone active in one of a read's windows or lately, with the profile of those active in a window: one pass over
 * everyone's activity, then one over their profiles. (Reading the upper half of the person ids on a further connection
 * was no quicker: the feature's own events are read beside this pass already, and there are two cores.)
 */
final class ActivePeopleQueries {

    /**
     * The people found, in person-id order, {@code people.length} of them. For person {@code k}: the windows they were
     * active in (bit i: window i), those they were active lately in, and their profile with their main platform (null
     * when active in no window, or without a profile). The three int arrays may run longer than {@code people}: they are
     * the lists' own arrays, not copies of them (a million people's were 14 MB per read).
     */
    record Found(int[] ids, int[] activeIn, int[] latelyIn, FeaturePeople.Person[] people) {
    }

    private ActivePeopleQueries() {
    }

    /**
     * Window i runs to {@code to[i]}: its active people had an event on or after {@code activeFrom[i]}, its people
     * active lately one on or after {@code lately[i]} (at most 31 windows).
     */
    static Found read(Connection c, LocalDate[] activeFrom, LocalDate[] lately, LocalDate[] to, Map<Integer, String> platformNames)
            throws SQLException {
        int n = to.length;
        // Range i: window i from its start; range n + i: window i lately.
        long[] rangeFrom = new long[2 * n];
        long[] rangeTo = new long[2 * n];
        for (int i = 0; i < n; i++) {
            rangeFrom[i] = activeFrom[i].toEpochDay();
            rangeFrom[n + i] = lately[i].toEpochDay();
            rangeTo[i] = to[i].toEpochDay();
            rangeTo[n + i] = rangeTo[i];
        }
        long windowBits = (1L << n) - 1;
        IntArrayList ids = new IntArrayList();
        IntArrayList activeIn = new IntArrayList();
        IntArrayList latelyIn = new IntArrayList();
        List<String> platforms = new ArrayList<>();
        // By id in an array: a map's boxed look-up per person was a sixth of the pass over activity.
        String[] platformOf = org.uptake.workspace.DictionaryStore.byId(platformNames);
        java.util.function.IntFunction<String> platformName = id -> id >= 0 && id < platformOf.length ? platformOf[id] : null;
        ActivityStore.scanRanges(c, rangeFrom, rangeTo, a -> {
            long ranges = a.ranges();
            if (ranges != 0) {
                int in = (int) (ranges & windowBits);
                ids.add(a.person());
                activeIn.add(in);
                latelyIn.add((int) (ranges >>> n));
                platforms.add(in == 0 ? null : platformName.apply(a.mainPlatform(platformName)));
            }
        });
        // The same person in every window they were active in: their profile, read once.
        FeaturePeople.Person[] people = new FeaturePeople.Person[ids.size()];
        IntArrayList inAWindow = new IntArrayList();
        for (int k = 0; k < ids.size(); k++) {
            if (activeIn.getInt(k) != 0) {
                inAWindow.add(ids.getInt(k));
            }
        }
        int[] next = {0};
        ProfileStore.scanPeople(c, inAWindow.toIntArray(), block -> {
            int end = block.firstPerson() + ProfileStore.PEOPLE_PER_BLOCK;
            while (next[0] < ids.size() && ids.getInt(next[0]) < block.firstPerson()) {
                next[0]++;
            }
            for (; next[0] < ids.size() && ids.getInt(next[0]) < end; next[0]++) {
                int k = next[0];
                int id = ids.getInt(k);
                // The block holds only those active in a window (and with a profile).
                if (block.has(id)) {
                    people[k] = new FeaturePeople.Person(id, block.userId(id), block.accountId(id), block.segment(id), block.plan(id),
                            block.role(id), block.createdAt(id), platforms.get(k));
                }
            }
        });
        return new Found(ids.elements(), activeIn.elements(), latelyIn.elements(), people);
    }
}
