package org.uptake.struggle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Abandoned workflows, as funnels count them (DESIGN §5): entered the first step and never
 * reached the last. One signal per attempt, so "abandoned twice" can be told from "abandoned once":
 * an attempt starts at a first-step event in a new session (or, without session ids, more than the
 * context gap after the previous one). Each signal names the step that attempt stopped at and is
 * dated when it could be known: its conversion window running out (or the window's end).
 */
final class AbandonDetector {

    private static final long DAY = 86_400_000L;
    private final long gapMs;

    AbandonDetector(StruggleSettings settings) {
        this.gapMs = settings.contextMinutes() * 60_000L;
    }

    List<Signal> detect(FeatureParticipants all, Participant person, List<ContextEvent> events, long windowEnd) {
        List<String> funnel = all.feature().funnel();
        if (!all.abandoned(person) || person.lastEntryAt() == null || funnel.isEmpty()) {
            return List.of();
        }
        List<ContextEvent> feature = events.stream().filter(ContextEvent::featureEvent).toList();
        List<Integer> starts = starts(feature, funnel.get(0));
        if (starts.isEmpty()) {
            // The entry is known only from the rollups (no step-1 event in the loaded context): one attempt, as before.
            long entry = person.lastEntryAt().toEpochMilli();
            long known = Math.min(windowEnd, entry + all.funnelWindowDays() * DAY);
            return List.of(signal(all, person, person.furthestStep(), known, List.of()));
        }
        List<Signal> signals = new ArrayList<>();
        for (int a = 0; a < starts.size(); a++) {
            long entry = feature.get(starts.get(a)).ts();
            long known = Math.min(windowEnd, entry + all.funnelWindowDays() * DAY);
            long end = a + 1 < starts.size() ? Math.min(known, feature.get(starts.get(a + 1)).ts() - 1) : known;
            List<ContextEvent> attempt = feature.stream().filter(e -> e.ts() >= entry && e.ts() <= end).toList();
            int step = 0;
            for (ContextEvent e : attempt) {
                if (step < funnel.size() && e.name().equals(funnel.get(step))) {
                    step++;
                }
            }
            signals.add(signal(all, person, Math.max(1, step), known, attempt));
        }
        return signals;
    }

    /** Indexes of the first-step events that begin an attempt. */
    private List<Integer> starts(List<ContextEvent> feature, String firstStep) {
        List<Integer> starts = new ArrayList<>();
        ContextEvent previous = null;
        for (int i = 0; i < feature.size(); i++) {
            ContextEvent e = feature.get(i);
            if (!e.name().equals(firstStep)) {
                continue;
            }
            boolean sameSession = previous != null && (e.session() != 0 && previous.session() != 0
                    ? e.session() == previous.session() : e.ts() - previous.ts() <= gapMs);
            if (!sameSession) {
                starts.add(i);
            }
            previous = e;
        }
        return starts;
    }

    private static Signal signal(FeatureParticipants all, Participant person, int step, long known, List<ContextEvent> attempt) {
        List<String> funnel = all.feature().funnel();
        return new Signal(SignalKind.ABANDONED, person.personId(), person.userId(), Instant.ofEpochMilli(known),
                "stopped at " + funnel.get(step - 1) + " (step " + step + " of " + funnel.size() + ")", Evidences.of(attempt));
    }
}
