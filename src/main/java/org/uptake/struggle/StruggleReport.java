package org.uptake.struggle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Everything the struggle analysis found for a feature in a window: every signal with its
 * evidence, the struggling people, the clusters, the bug suspects and the early-warning figure.
 *
 * @param entrants    people active in the window who entered the feature (the clusters' base)
 * @param ticketMatch how tickets were tied to the feature (the text-similarity method and threshold)
 */
public record StruggleReport(Feature feature, LocalDate from, LocalDate to, StruggleSettings settings, int activePeople,
        int entrants, List<Signal> signals, List<StrugglingPerson> struggling, List<StruggleCluster> clusters,
        List<BugSuspect> bugSuspects, EarlyWarning earlyWarning, String ticketMatch) {

    public StruggleReport {
        signals = List.copyOf(signals);
        struggling = List.copyOf(struggling);
        clusters = List.copyOf(clusters);
        bugSuspects = List.copyOf(bugSuspects);
    }

    /** Signals per kind, in the enum's order. */
    public Map<SignalKind, Integer> signalsByKind() {
        Map<SignalKind, Integer> counts = new java.util.EnumMap<>(SignalKind.class);
        for (SignalKind k : SignalKind.values()) {
            counts.put(k, 0);
        }
        signals.forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts;
    }

    /** People with at least one signal of each kind. */
    public Map<SignalKind, Integer> peopleByKind() {
        Map<SignalKind, java.util.Set<Integer>> people = new java.util.EnumMap<>(SignalKind.class);
        for (SignalKind k : SignalKind.values()) {
            people.put(k, new java.util.HashSet<>());
        }
        signals.forEach(s -> people.get(s.kind()).add(s.personId()));
        Map<SignalKind, Integer> counts = new java.util.EnumMap<>(SignalKind.class);
        people.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /** The struggling people of a cluster, in the cluster's order. */
    public List<StrugglingPerson> peopleOf(StruggleCluster cluster) {
        Map<Integer, StrugglingPerson> byId = new java.util.HashMap<>();
        struggling.forEach(p -> byId.put(p.person().personId(), p));
        return cluster.people().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
