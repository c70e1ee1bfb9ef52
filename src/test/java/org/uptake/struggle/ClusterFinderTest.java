package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cluster discovery finds a planted over-representation and claims nothing where there is none. */
class ClusterFinderTest {

    private static final ClusterAttribute IOS = new ClusterAttribute(ClusterAttribute.PLATFORM, "ios");

    /** 400 people: platform alternates ios/web, segment smb/enterprise in pairs, plan in fours. */
    private static List<ClusterFinder.Member> people(java.util.function.IntPredicate struggling) {
        List<ClusterFinder.Member> members = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Map<String, Set<String>> values = new LinkedHashMap<>();
            values.put(ClusterAttribute.PLATFORM, Set.of(i % 2 == 0 ? "ios" : "web"));
            values.put(ClusterAttribute.SEGMENT, Set.of((i / 2) % 2 == 0 ? "smb" : "enterprise"));
            values.put(ClusterAttribute.PLAN, Set.of((i / 4) % 2 == 0 ? "pro" : "starter"));
            members.add(new ClusterFinder.Member(i, values, struggling.test(i)));
        }
        return members;
    }

    @Test
    void findsThePlantedAttributeAndNothingElse() {
        // Everyone struggles at 20% (every 5th block of 8 covers each platform × segment × plan cell
        // equally), and on top of that iOS people in every other block of 16 (again all cells equally).
        List<ClusterFinder.Group> groups = new ClusterFinder(5, 0.05).find(people(ClusterFinderTest::planted));
        assertFalse(groups.isEmpty());
        assertEquals(List.of(IOS), groups.get(0).attributes(), "the planted attribute comes first");
        for (ClusterFinder.Group g : groups) {
            assertTrue(g.attributes().contains(IOS), "every group found is an iOS group: " + g.attributes());
            assertTrue(g.qValue() <= 0.05);
        }
        ClusterFinder.Group ios = groups.get(0);
        assertEquals(200, ios.size());
        int struggling = 0;
        for (int i = 0; i < 400; i += 2) {
            struggling += planted(i) ? 1 : 0;
        }
        assertEquals(struggling, ios.struggling());
    }

    private static boolean planted(int i) {
        return (i / 8) % 5 == 0 || i % 2 == 0 && (i / 16) % 2 == 0;
    }

    @Test
    void claimsNothingWhenStrugglingIsEvenlySpread() {
        assertEquals(List.of(), new ClusterFinder(5, 0.05).find(people(i -> (i / 8) % 5 == 0)));
    }

    @Test
    void benjaminiHochbergAdjustsInRankOrder() {
        List<ClusterFinder.Group> adjusted = ClusterFinder.adjust(List.of(group(0.01), group(0.04), group(0.03), group(0.5)));
        assertEquals(List.of(0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5), adjusted.stream().map(ClusterFinder.Group::qValue).toList());
    }

    private static ClusterFinder.Group group(double p) {
        return new ClusterFinder.Group(List.of(IOS), new java.util.BitSet(), 1, 1, 2, p, Double.NaN);
    }
}
