package org.uptake.struggle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.uptake.adoption.Participant;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/**
 * Workarounds (DESIGN §5): after launch, a person the feature is for (its target segments) keeps
 * doing the job the old way — legacy events on at least {@code workaroundDays} days — without having
 * adopted, or still after adopting.
 */
final class WorkaroundDetector {

    private static final long DAY = 86_400_000L;
    private final StruggleSettings settings;

    WorkaroundDetector(StruggleSettings settings) {
        this.settings = settings;
    }

    List<Signal> detect(Feature feature, Participant person, List<ContextEvent> legacy) {
        if (legacy.isEmpty() || !feature.targetSegments().isEmpty() && !feature.targetSegments().contains(person.segment())) {
            return List.of();
        }
        long since = person.adopted() ? person.adoptedAt().toEpochMilli() : feature.launchedAt().toEpochDay() * DAY;
        List<ContextEvent> after = new ArrayList<>();
        TreeSet<Long> days = new TreeSet<>();
        for (ContextEvent e : legacy) {
            if (e.ts() >= since) {
                after.add(e);
                days.add(Math.floorDiv(e.ts(), DAY));
            }
        }
        if (days.size() < settings.workaroundDays()) {
            return List.of();
        }
        long knownDay = days.stream().skip(settings.workaroundDays() - 1L).findFirst().orElseThrow();
        ContextEvent known = after.stream().filter(e -> Math.floorDiv(e.ts(), DAY) == knownDay).findFirst().orElseThrow();
        String names = String.join(", ", after.stream().map(ContextEvent::name).distinct().toList());
        return List.of(new Signal(SignalKind.WORKAROUND, person.personId(), person.userId(), Instant.ofEpochMilli(known.ts()),
                String.format("%s on %d days %s", names, days.size(), person.adopted() ? "after adopting" : "since launch, not adopted"),
                Evidences.of(after)));
    }
}
