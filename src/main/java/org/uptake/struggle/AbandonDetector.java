package org.uptake.struggle;

import java.time.Instant;
import java.util.List;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Abandoned workflows, as funnels count them (DESIGN §5): entered the first step and never
 * reached the last. The signal names the step where the person stopped and is dated when it could
 * be known: the conversion window of their last attempt running out (or the window's end).
 */
final class AbandonDetector {

    private static final long DAY = 86_400_000L;

    List<Signal> detect(FeatureParticipants all, Participant person, List<ContextEvent> events, long windowEnd) {
        if (!all.abandoned(person) || person.lastEntryAt() == null) {
            return List.of();
        }
        long entry = person.lastEntryAt().toEpochMilli();
        long known = Math.min(windowEnd, entry + all.funnelWindowDays() * DAY);
        List<ContextEvent> attempt = events.stream().filter(e -> e.featureEvent() && e.ts() >= entry && e.ts() <= known).toList();
        return List.of(new Signal(SignalKind.ABANDONED, person.personId(), person.userId(), Instant.ofEpochMilli(known),
                "stopped at " + all.stepReached(person) + " (step " + person.furthestStep() + " of " + all.feature().funnel().size() + ")",
                Evidences.of(attempt)));
    }
}
