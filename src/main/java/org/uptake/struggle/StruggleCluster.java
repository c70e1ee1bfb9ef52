package org.uptake.struggle;

import java.util.List;
import java.util.Map;
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
}
