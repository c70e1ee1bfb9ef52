package org.uptake.struggle;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * A person with struggle signals for the feature and their score: each kind's weight times its
 * signals, at most three of a kind (a fourth rage burst says little the third did not).
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
        return signals.stream().map(Signal::at).min(Instant::compareTo).orElse(null);
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
