package org.uptake.adoption;

import java.time.LocalDate;
import java.util.List;
import org.uptake.model.Feature;

/** Everyone active in a feature's window (launch to the last event by default), one row each. */
public record FeatureParticipants(Feature feature, LocalDate from, LocalDate to, int funnelWindowDays,
        List<Participant> active) {

    public FeatureParticipants {
        active = List.copyOf(active);
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
