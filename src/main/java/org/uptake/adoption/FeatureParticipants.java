package org.uptake.adoption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;

/** Everyone active in a feature's window (launch to the last event by default), one row each. */
public record FeatureParticipants(Feature feature, LocalDate from, LocalDate to, int funnelWindowDays,
        List<Participant> active) {

    public FeatureParticipants {
        active = List.copyOf(active);
    }

    /** The window's participants from its people read, under the summary's definitions. */
    static FeatureParticipants of(AdoptionAnalysis.Window w, FeaturePeople data) {
        // In person-id order; each person's steps and use by id (arrays indexed by id: a look-up per person into hash maps
        // of 400,000 people, three for every window of a watch refresh, was most of the participants at a million people).
        List<FeaturePeople.Person> people = data.active.values();
        List<Participant> rows = new ArrayList<>(people.size());
        for (FeaturePeople.Person p : people) {
            int id = p.id();
            List<FeaturePeople.StepEvent> steps = data.stepsOf(id);
            long[] use = data.use.get(id);
            long lastEntry = Long.MIN_VALUE;
            for (int k = 0; k < steps.size(); k++) {
                FeaturePeople.StepEvent e = steps.get(k);
                if (e.step() == 0 && e.ts() >= data.windowStart && e.ts() < data.windowEnd) {
                    lastEntry = e.ts();
                }
            }
            long adoptedAt = data.firstAdoption(use);
            long lastUse = FeaturePeople.lastUse(use);
            rows.add(new Participant(p.id(), p.userId(), p.accountId(), p.segment(), p.plan(), p.role(), p.createdAt(), p.platform(),
                    WindowFunnel.entryPlatform(steps, data.windowStart), data.furthestStep(steps, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS),
                    lastEntry == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastEntry),
                    adoptedAt == Long.MAX_VALUE ? null : Instant.ofEpochMilli(adoptedAt),
                    FeaturePeople.reverted(adoptedAt, steps), data.stopped(id, adoptedAt, use),
                    lastUse == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastUse)));
        }
        return new FeatureParticipants(w.feature(), w.start(), w.end(), AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS, rows);
    }

    /** The name of the furthest funnel step a participant reached ("(not entered)" for none). */
    public String stepReached(Participant p) {
        return p.furthestStep() == 0 ? "(not entered)" : feature.funnel().get(p.furthestStep() - 1);
    }

    /** Entered the funnel and never completed it (DESIGN §5 "abandoned"). */
    public boolean abandoned(Participant p) {
        return p.furthestStep() >= 1 && p.furthestStep() < feature.funnel().size();
    }
}
