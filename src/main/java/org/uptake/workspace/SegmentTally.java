package org.uptake.workspace;

import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.HashMap;
import java.util.Map;
import org.uptake.model.ByPersonId;
import org.uptake.workspace.AccountStore.SegmentCounts;

/**
 * Counts each segment's people and its adopters per feature while the person profiles and the
 * feature use go by once: the book of business reads both anyway, so the account pages that follow
 * compare with their segment without a second pass over a million people.
 */
final class SegmentTally {

    /** A person without a segment is in no segment; only an account without a tier compares with them, under "". */
    private static final String NONE = "\u0000none";

    /** By person id in an array: a million people put and looked up in id order (a hash scattered them). */
    private final ByPersonId<String> segmentOf = new ByPersonId<>();
    private final Object2IntOpenHashMap<String> people = new Object2IntOpenHashMap<>();
    private final Map<String, Map<String, Integer>> adopters = new HashMap<>();

    /** The key a segment is counted under (null: none). */
    static String key(String segment) {
        return segment == null ? NONE : segment;
    }

    /** Every person of a profile block, each with their segment. */
    void people(ProfileStore.Block block) {
        for (int p = block.firstPerson(), end = p + ProfileStore.PEOPLE_PER_BLOCK; p < end; p++) {
            if (block.has(p)) {
                String key = key(block.segment(p));
                segmentOf.put(p, key);
                people.addTo(key, 1);
            }
        }
    }

    /** A row of feature use; only adopters count, and only people seen before (the join on the person table). */
    void use(int person, String featureKey, boolean adopted) {
        String segment = segmentOf.get(person);
        if (adopted && segment != null) {
            adopters.computeIfAbsent(segment, k -> new HashMap<>()).merge(featureKey, 1, Integer::sum);
        }
    }

    Map<String, SegmentCounts> counts() {
        Map<String, SegmentCounts> counts = new HashMap<>();
        for (Object2IntMap.Entry<String> e : people.object2IntEntrySet()) {
            counts.put(e.getKey(), new SegmentCounts(e.getIntValue(), Map.copyOf(adopters.getOrDefault(e.getKey(), Map.of()))));
        }
        return Map.copyOf(counts);
    }
}
