package org.uptake.struggle;

import java.util.List;
import org.uptake.model.ByPersonId;

/**
 * What the detectors read for one feature and window, loaded once: each participant's events in the
 * feature's context and their legacy events (both in time order), their account tier and creation
 * time, the tickets since launch, and the feature's own words (name, problem, brief) for matching
 * tickets.
 */
final class StruggleData {

    /** By person id, arrays indexed by id: the detectors ask for every participant's, in id order. */
    final ByPersonId<List<ContextEvent>> context = new ByPersonId<>();
    final ByPersonId<List<ContextEvent>> legacy = new ByPersonId<>();
    final PeopleProfiles profiles;
    final List<Ticket> tickets;
    final String brief;

    /** {@code profiles}: every person's tier and creation time ({@link PeopleProfiles#NONE} when not read). */
    StruggleData(List<Ticket> tickets, String brief, PeopleProfiles profiles) {
        this.tickets = tickets;
        this.brief = brief;
        this.profiles = profiles;
    }

    List<ContextEvent> contextOf(int person) {
        List<ContextEvent> events = context.get(person);
        return events == null ? List.of() : events;
    }

    List<ContextEvent> legacyOf(int person) {
        List<ContextEvent> events = legacy.get(person);
        return events == null ? List.of() : events;
    }
}
