package org.uptake.struggle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.model.SignalKind;

/**
 * A group of people, defined by attribute values, among whom struggling is over-represented
 * compared with everyone who entered the feature.
 *
 * @param struggling    struggling people in the group
 * @param members       people in the group who entered the feature
 * @param share         struggling ÷ members
 * @param baseline      struggling ÷ entrants over all entrants
 * @param oddsRatio     odds of struggling inside the group against outside it (Haldane-corrected)
 * @param pValue        one-sided Fisher exact test
 * @param qValue        Benjamini–Hochberg adjusted over every group tested
 * @param signalPeople  struggling people in the group per signal kind
 * @param people        the struggling people's ids, most struggling first
 * @param headline      the finding in plain words: "Mobile users abandon at widget_moved: 32% struggle vs 15%"
 * @param also          other descriptions of (nearly) the same people, merged into this one
 * @param mainSignal    what most of its struggling people show besides abandonment (abandonment when nothing else)
 * @param mainTarget    the element (or step) that signal points at most, null when none
 */
public record StruggleCluster(List<ClusterAttribute> attributes, String label, int struggling, int members, double share,
        double baseline, double oddsRatio, double pValue, double qValue, Map<SignalKind, Integer> signalPeople,
        List<Integer> people, String headline, List<String> also, SignalKind mainSignal, String mainTarget) {

    public StruggleCluster {
        attributes = List.copyOf(attributes);
        people = List.copyOf(people);
        signalPeople = Map.copyOf(signalPeople);
        also = List.copyOf(also);
    }

    /** The platform the cluster is about (of the attempt, else the people's main one), or null. */
    public String platform() {
        return attributes.stream().filter(a -> a.attribute().equals(ClusterAttribute.PLATFORM)).findFirst()
                .or(() -> attributes.stream().filter(a -> a.attribute().equals(ClusterAttribute.MAIN_PLATFORM)).findFirst())
                .map(ClusterAttribute::value).orElse(null);
    }

    /** High when the corrected p is below 0.001, medium below 0.01, else low. */
    public String confidence() {
        return qValue < 0.001 ? "high" : qValue < 0.01 ? "medium" : "low";
    }

    /** How sure, in a PM's words (the same cut-offs as {@link #confidence}). */
    public String howSure() {
        return qValue < 0.001 ? "very unlikely to be chance" : qValue < 0.01 ? "unlikely to be chance" : "could be chance";
    }

    /** "31% struggle, against 19% of everyone". */
    public String shareInWords() {
        return String.format(java.util.Locale.ROOT, "%.0f%% struggle, against %.0f%% of everyone", 100 * share, 100 * baseline);
    }

    /** The statistics behind {@link #howSure}, for a tooltip or a detail column. */
    public String statistics() {
        return "odds ratio " + (oddsRatio >= 100 ? "> 100" : String.format(java.util.Locale.ROOT, "%.1f", oddsRatio))
                + ", q = " + String.format(java.util.Locale.ROOT, "%.1e", qValue) + " (Fisher's exact test, false-discovery adjusted)";
    }

    public boolean has(String attribute, String value) {
        return attributes.stream().anyMatch(a -> a.attribute().equals(attribute) && a.value().equals(value));
    }

    /**
     * The feature's clusters: groups over-represented among the struggling against everyone who entered, strongest
     * first, at most {@link StruggleAnalysis#MAX_CLUSTERS}, each with its story.
     */
    static List<StruggleCluster> of(FeatureParticipants all, StruggleData data, List<StrugglingPerson> struggling,
            StruggleSettings settings) {
        Map<Integer, StrugglingPerson> strugglers = new HashMap<>();
        struggling.forEach(s -> strugglers.put(s.person().personId(), s));
        List<ClusterFinder.Member> members = ClusterMembers.of(all, data, strugglers.keySet());
        List<ClusterFinder.Group> groups = new ClusterFinder(settings.minClusterPeople(), settings.falseDiscoveryRate()).find(members);
        long strugglingEntrants = members.stream().filter(ClusterFinder.Member::struggling).count();
        double baseline = members.isEmpty() ? 0 : strugglingEntrants / (double) members.size();
        List<StruggleCluster> clusters = new ArrayList<>();
        for (ClusterFinder.Group g : groups.subList(0, Math.min(StruggleAnalysis.MAX_CLUSTERS, groups.size()))) {
            List<StrugglingPerson> people = new ArrayList<>();
            for (int i = g.members().nextSetBit(0); i >= 0; i = g.members().nextSetBit(i + 1)) {
                StrugglingPerson s = strugglers.get(members.get(i).personId());
                if (s != null) {
                    people.add(s);
                }
            }
            people.sort(Comparator.comparingInt((StrugglingPerson s) -> -s.score()).thenComparingInt(s -> s.person().personId()));
            Map<SignalKind, Integer> kinds = new EnumMap<>(SignalKind.class);
            people.forEach(s -> s.kinds().forEach(k -> kinds.merge(k, 1, Integer::sum)));
            double share = g.struggling() / (double) g.size();
            ClusterStory story = ClusterStory.of(g.attributes(), people, share, baseline);
            List<String> also = g.also().stream().map(a -> String.join(" · ", a.stream().map(ClusterAttribute::phrase).toList())).toList();
            clusters.add(new StruggleCluster(g.attributes(), story.label(), g.struggling(), g.size(), share, baseline, g.oddsRatio(),
                    g.pValue(), g.qValue(), kinds, people.stream().map(s -> s.person().personId()).toList(), story.headline(), also,
                    story.mainSignal(), story.mainTarget()));
        }
        return clusters;
    }
}
