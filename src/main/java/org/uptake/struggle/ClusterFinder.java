package org.uptake.struggle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the attribute values, alone and in pairs, over-represented among struggling people against
 * everyone who entered the feature (DESIGN §5): a one-sided Fisher exact test per group, a
 * Benjamini–Hochberg correction over all groups tested, a minimum number of struggling people, and
 * odds ratios to rank by. A pair is only reported when it says more than each of its parts, and
 * groups that share at least 80% of their struggling people are one finding, told in the simplest
 * words (the fewest attributes; the higher odds ratio between equals).
 */
final class ClusterFinder {

    /** Someone who entered the feature: their attribute values (a platform also counts as "mobile") and whether they struggle. */
    record Member(int personId, Map<String, Set<String>> values, boolean struggling) {
    }

    /** A tested group before labels and signals are added; {@code also}: the descriptions merged into it. */
    record Group(List<ClusterAttribute> attributes, BitSet members, int struggling, int size, double oddsRatio, double pValue,
            double qValue, List<List<ClusterAttribute>> also) {

        Group(List<ClusterAttribute> attributes, BitSet members, int struggling, int size, double oddsRatio, double pValue,
                double qValue) {
            this(attributes, members, struggling, size, oddsRatio, pValue, qValue, List.of());
        }

        Group withAlso(List<List<ClusterAttribute>> more) {
            List<List<ClusterAttribute>> all = new ArrayList<>(also);
            all.addAll(more);
            return new Group(attributes, members, struggling, size, oddsRatio, pValue, qValue, all);
        }
    }

    /** Share of struggling people two groups must both have in common to be told as one. */
    static final double SAME_PEOPLE = 0.8;

    /** Platforms that make up "mobile", the umbrella a pair may use instead of one of them. */
    static final Set<String> MOBILE = Set.of("ios", "android", "ipados", "mobile");
    static final String MOBILE_VALUE = "mobile";
    private static final double MORE_INFORMATIVE = 1.1;
    static final List<String> ATTRIBUTES = ClusterAttribute.ALL;
    /** One order for a group's attributes, so the same group is always the same list (and label). */
    static final Comparator<ClusterAttribute> ORDER = Comparator
            .comparingInt((ClusterAttribute a) -> ATTRIBUTES.indexOf(a.attribute())).thenComparing(ClusterAttribute::value);

    private final int minPeople;
    private final double falseDiscoveryRate;

    ClusterFinder(int minPeople, double falseDiscoveryRate) {
        this.minPeople = minPeople;
        this.falseDiscoveryRate = falseDiscoveryRate;
    }

    List<Group> find(List<Member> members) {
        int n = members.size();
        BitSet struggling = new BitSet(n);
        Map<ClusterAttribute, BitSet> items = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Member m = members.get(i);
            if (m.struggling()) {
                struggling.set(i);
            }
            for (Map.Entry<String, Set<String>> e : m.values().entrySet()) {
                for (String v : e.getValue()) {
                    items.computeIfAbsent(new ClusterAttribute(e.getKey(), v), k -> new BitSet(n)).set(i);
                }
            }
        }
        int strugglers = struggling.cardinality();
        if (strugglers == 0 || strugglers == n) {
            return List.of();
        }
        List<ClusterAttribute> keys = new ArrayList<>(items.keySet());
        // Each value's members as words: a pair's counts come from the words, and a pair's set is made only when it is tested.
        long[][] words = new long[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
            words[i] = items.get(keys.get(i)).toLongArray();
        }
        long[] struggles = struggling.toLongArray();
        List<Group> tested = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            test(List.of(keys.get(i)), items.get(keys.get(i)), struggling, n, strugglers, tested);
            for (int j = i + 1; j < keys.size(); j++) {
                if (!keys.get(i).attribute().equals(keys.get(j).attribute())) {
                    long[] a = words[i];
                    long[] b = words[j];
                    int size = 0;
                    int hit = 0;
                    for (int w = 0, end = Math.min(a.length, b.length); w < end; w++) {
                        long both = a[w] & b[w];
                        size += Long.bitCount(both);
                        hit += w < struggles.length ? Long.bitCount(both & struggles[w]) : 0;
                    }
                    if (hit < minPeople || size == n) {
                        // What test() would pass over, known without making the pair's set.
                        continue;
                    }
                    BitSet both = (BitSet) items.get(keys.get(i)).clone();
                    both.and(items.get(keys.get(j)));
                    test(canonical(keys.get(i), keys.get(j)), both, struggling, n, strugglers, tested);
                }
            }
        }
        List<Group> significant = adjust(tested).stream()
                .filter(g -> g.qValue() <= falseDiscoveryRate && g.oddsRatio() > 1).toList();
        Map<List<ClusterAttribute>, Group> byAttributes = new HashMap<>();
        significant.forEach(g -> byAttributes.put(g.attributes(), g));
        return merge(significant.stream()
                .filter(g -> saysMore(g, byAttributes))
                .sorted(Comparator.comparingDouble(Group::oddsRatio).reversed().thenComparing(Group::pValue))
                .toList(), struggling);
    }

    /**
     * Groups in rank order, those sharing at least 80% of both groups' struggling people merged into the
     * one with the fewest attributes (the earlier, higher-ranked one between equals).
     */
    static List<Group> merge(List<Group> ranked, BitSet struggling) {
        List<Group> kept = new ArrayList<>();
        List<BitSet> people = new ArrayList<>();
        for (Group g : ranked) {
            BitSet mine = (BitSet) g.members().clone();
            mine.and(struggling);
            int same = -1;
            for (int k = 0; k < kept.size() && same < 0; k++) {
                BitSet both = (BitSet) mine.clone();
                both.and(people.get(k));
                int shared = both.cardinality();
                if (shared >= SAME_PEOPLE * mine.cardinality() && shared >= SAME_PEOPLE * people.get(k).cardinality()) {
                    same = k;
                }
            }
            if (same < 0) {
                kept.add(g);
                people.add(mine);
            } else if (g.attributes().size() < kept.get(same).attributes().size()) {
                Group old = kept.get(same);
                List<List<ClusterAttribute>> also = new ArrayList<>(List.of(old.attributes()));
                also.addAll(old.also());
                kept.set(same, g.withAlso(also));
                people.set(same, mine);
            } else {
                kept.set(same, kept.get(same).withAlso(List.of(g.attributes())));
            }
        }
        List<Group> out = new ArrayList<>(kept);
        out.sort(Comparator.comparingDouble(Group::oddsRatio).reversed().thenComparing(Group::pValue));
        return out;
    }

    private void test(List<ClusterAttribute> attributes, BitSet group, BitSet struggling, int n, int strugglers, List<Group> out) {
        int size = group.cardinality();
        BitSet hit = (BitSet) group.clone();
        hit.and(struggling);
        int a = hit.cardinality();
        if (a < minPeople || size == n) {
            return;
        }
        int b = size - a;
        int c = strugglers - a;
        int d = n - size - c;
        double oddsRatio = (a + 0.5) * (d + 0.5) / ((b + 0.5) * (c + 0.5));
        double p = FisherTail.upper(n, strugglers, size, a);
        out.add(new Group(attributes, group, a, size, oddsRatio, p, Double.NaN));
    }

    private static List<ClusterAttribute> canonical(ClusterAttribute a, ClusterAttribute b) {
        return ORDER.compare(a, b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /** Benjamini–Hochberg: q(i) = min over j ≥ i of p(j) · m ÷ j, p sorted ascending. */
    static List<Group> adjust(List<Group> tested) {
        List<Group> sorted = new ArrayList<>(tested);
        sorted.sort(Comparator.comparingDouble(Group::pValue));
        int m = sorted.size();
        double[] q = new double[m];
        double min = 1;
        for (int i = m - 1; i >= 0; i--) {
            min = Math.min(min, sorted.get(i).pValue() * m / (i + 1));
            q[i] = min;
        }
        List<Group> adjusted = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Group g = sorted.get(i);
            adjusted.add(new Group(g.attributes(), g.members(), g.struggling(), g.size(), g.oddsRatio(), g.pValue(), q[i]));
        }
        return adjusted;
    }

    static boolean isPlatform(String attribute) {
        return attribute.equals(ClusterAttribute.PLATFORM) || attribute.equals(ClusterAttribute.MAIN_PLATFORM);
    }

    /**
     * A pair is kept only when its odds ratio clearly beats each significant part; a single iOS or
     * Android group only when it clearly beats the same group for mobile as a whole.
     */
    private static boolean saysMore(Group g, Map<List<ClusterAttribute>, Group> significant) {
        for (ClusterAttribute part : g.attributes()) {
            if (g.attributes().size() > 1) {
                Group alone = significant.get(List.of(part));
                if (alone != null && g.oddsRatio() <= alone.oddsRatio() * MORE_INFORMATIVE) {
                    return false;
                }
            }
            if (isPlatform(part.attribute()) && MOBILE.contains(part.value()) && !part.value().equals(MOBILE_VALUE)) {
                List<ClusterAttribute> umbrella = g.attributes().stream()
                        .map(x -> x.equals(part) ? new ClusterAttribute(part.attribute(), MOBILE_VALUE) : x)
                        .sorted(ORDER).toList();
                Group mobile = significant.get(umbrella);
                if (mobile != null && g.oddsRatio() <= mobile.oddsRatio() * MORE_INFORMATIVE * MORE_INFORMATIVE) {
                    return false;
                }
            }
        }
        return true;
    }
}
