package org.uptake.struggle;

import java.util.List;
import java.util.Map;
import org.uptake.model.ByPersonId;

/**
 * What the detectors read for one feature and window, loaded once: each participant's events in the
 * feature's context and their legacy events (both in time order), the accounts' tiers, the tickets
 * since launch, and the feature's own words (name, problem, brief) for matching
 * tickets.
 */
final class StruggleData {

    /** By person id, arrays indexed by id: the detectors ask for every participant's, in id order. */
    final ByPersonId<List<ContextEvent>> context = new ByPersonId<>();
    final ByPersonId<List<ContextEvent>> legacy = new ByPersonId<>();
    /** Each account's tier, by account id (accounts without one are not in it). */
    final Map<String, String> tiers;
    final List<Ticket> tickets;
    final String brief;

    /** {@code tiers}: each account's tier (empty when not read). */
    StruggleData(List<Ticket> tickets, String brief, Map<String, String> tiers) {
        this.tickets = tickets;
        this.brief = brief;
        this.tiers = tiers;
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
