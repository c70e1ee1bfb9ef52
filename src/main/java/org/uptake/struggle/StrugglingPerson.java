package org.uptake.struggle;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * A struggling person (DESIGN §5) and their score. They struggle with at least one rage click, undo
 * loop, error or ticket, or with enough abandoned attempts (a single abandonment is "abandoned"; a
 * workaround alone is a habit). The score only ranks them: each kind's weight times its signals, at
 * most three of a kind (a fourth rage burst says little the third did not).
 */
public record StrugglingPerson(Participant person, String stepReached, int score, List<Signal> signals) {

    public static final int MAX_PER_KIND = 3;

    public StrugglingPerson {
        signals = List.copyOf(signals);
    }

    public Set<SignalKind> kinds() {
        java.util.EnumSet<SignalKind> kinds = java.util.EnumSet.noneOf(SignalKind.class);
        signals.forEach(s -> kinds.add(s.kind()));
        return kinds;
    }

    public Instant firstSignalAt() {
        // A loop: the ranking of every struggling person asks for it on each comparison.
        Instant first = null;
        for (Signal s : signals) {
            if (first == null || s.at().compareTo(first) < 0) {
                first = s.at();
            }
        }
        return first;
    }

    /** Signals that make a person struggling on their own. */
    public static final Set<SignalKind> ALONE = java.util.EnumSet.of(SignalKind.RAGE_CLICKS, SignalKind.UNDO_LOOP, SignalKind.ERROR,
            SignalKind.TICKET);

    /** How struggling is decided and the score made, in the words the Struggles screen and the CLI show. */
    public static String definition(int abandonedAttempts) {
        StringBuilder weights = new StringBuilder();
        for (SignalKind k : SignalKind.values()) {
            weights.append(weights.length() == 0 ? "" : ", ").append(k.label()).append(' ').append(k.weight());
        }
        String abandonment = abandonedAttempts == 1 ? "an abandoned attempt (a workaround alone counts as a habit)."
                : abandonedAttempts + " or more abandoned attempts (a single abandonment counts as abandoned, a workaround alone as a habit).";
        return "Struggling: at least one rage click, undo/redo loop, error or ticket about the feature, or " + abandonment
                + " The score only ranks struggling people: " + weights + " per signal, at most " + MAX_PER_KIND + " of a kind.";
    }

    static boolean struggles(List<Signal> signals, int abandonedAttempts) {
        long abandoned = signals.stream().filter(s -> s.kind() == SignalKind.ABANDONED).count();
        return abandoned >= abandonedAttempts || signals.stream().anyMatch(s -> ALONE.contains(s.kind()));
    }

    static int score(List<Signal> signals) {
        int[] counts = new int[SignalKind.values().length];
        signals.forEach(s -> counts[s.kind().ordinal()]++);
        int score = 0;
        for (SignalKind k : SignalKind.values()) {
            score += k.weight() * Math.min(MAX_PER_KIND, counts[k.ordinal()]);
        }
        return score;
    }
}
