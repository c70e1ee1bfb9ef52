package org.uptake.struggle;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.List;

/**
 * What the detectors read for one feature and window, loaded once: each participant's events in the
 * feature's context and their legacy events (both in time order), their account tier and creation
 * time, the tickets since launch, and the feature's own words (name, problem, brief) for matching
 * tickets.
 */
final class StruggleData {

    final Int2ObjectOpenHashMap<List<ContextEvent>> context = new Int2ObjectOpenHashMap<>();
    final Int2ObjectOpenHashMap<List<ContextEvent>> legacy = new Int2ObjectOpenHashMap<>();
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
