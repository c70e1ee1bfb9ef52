package org.uptake.outreach;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Channel;
import org.uptake.model.Feature;

/** Every audience member of a feature and what the policy decided for them, as of the data's last event. */
public record OutreachPlan(Feature feature, Instant asOf, OutreachSettings settings, List<PlannedContact> contacts) {

    public OutreachPlan {
        contacts = List.copyOf(contacts);
    }

    public List<PlannedContact> in(Audience audience) {
        return contacts.stream().filter(c -> c.audience() == audience).toList();
    }

    public List<PlannedContact> routed() {
        return contacts.stream().filter(c -> c.outcome() == PlannedContact.Outcome.ROUTED).toList();
    }

    public Map<Channel, Integer> byChannel() {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        routed().forEach(c -> counts.merge(c.channel(), 1, Integer::sum));
        return counts;
    }

    public Map<PlannedContact.Outcome, Integer> byOutcome() {
        Map<PlannedContact.Outcome, Integer> counts = new EnumMap<>(PlannedContact.Outcome.class);
        for (PlannedContact.Outcome o : PlannedContact.Outcome.values()) {
            counts.put(o, 0);
        }
        contacts.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
        return counts;
    }

    public Map<Audience, Integer> byAudience() {
        Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
        contacts.forEach(c -> counts.merge(c.audience(), 1, Integer::sum));
        return counts;
    }
}
