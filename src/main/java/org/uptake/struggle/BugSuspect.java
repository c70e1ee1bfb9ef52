package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * A reverter, or a struggling person whose evidence points at a defect (error events, a broken
 * state the product reported, a ticket tagged as a bug). {@code defect}: the evidence points at a
 * defect rather than a choice (an admin trying the feature and resetting it is not a bug).
 */
public record BugSuspect(Participant person, boolean reverted, boolean defect, List<String> reasons, List<Signal> evidence) {

    public BugSuspect {
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }

    /** The feature's reverters and the struggling people whose evidence points at a defect, defects first. */
    static List<BugSuspect> of(FeatureParticipants all, Int2ObjectMap<List<Signal>> byPerson,
            List<StrugglingPerson> struggling) {
        Set<Integer> strugglers = new java.util.HashSet<>();
        struggling.forEach(s -> strugglers.add(s.person().personId()));
        List<BugSuspect> suspects = new ArrayList<>();
        for (Participant p : all.active()) {
            List<Signal> own = byPerson.getOrDefault(p.personId(), List.of());
            if (own.isEmpty() && !p.reverted()) {
                // No signal and no revert: not a suspect (most participants).
                continue;
            }
            List<Signal> defects = own.stream().filter(BugSuspect::pointsAtDefect).toList();
            boolean defect = !defects.isEmpty() && (p.reverted() || strugglers.contains(p.personId()));
            if (!p.reverted() && !defect) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (p.reverted()) {
                reasons.add("reverted (" + all.feature().revertEvent() + ") within 24 h of adopting");
            }
            defects.forEach(s -> reasons.add(s.detail()));
            if (p.reverted() && !defect) {
                reasons.add("no error or broken state seen: likely a choice, not a defect");
            }
            suspects.add(new BugSuspect(p, p.reverted(), defect, reasons, defect ? defects : own));
        }
        suspects.sort(Comparator.comparing((BugSuspect b) -> !b.defect()).thenComparing(b -> b.person().userId()));
        return suspects;
    }

    /** Errors and broken states point at a defect; so does a ticket the help desk tagged as a bug. */
    static boolean pointsAtDefect(Signal s) {
        return s.kind() == SignalKind.ERROR || s.kind() == SignalKind.TICKET
                && s.evidence().stream().anyMatch(e -> e.target() != null && List.of(e.target().toLowerCase(Locale.ROOT).split(" ")).contains("bug"));
    }
}
