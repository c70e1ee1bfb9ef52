package org.uptake.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Everything one person did in the scenario: their events in time order and the tickets they filed. */
record PersonTimeline(SamplePerson person, DashboardRole role, List<SampleEvent> events, List<SampleTicket> tickets) {

    static PersonTimeline build(SamplePerson person, List<Session> drawnSessions, DashboardRole role, int exportsRole,
            int ticketRoles, long seed, ScenarioDates dates) {
        List<Session> sessions = new ArrayList<>(drawnSessions);
        SplittableRandom story = Rng.forPerson(seed, person.index(), Rng.STORY);
        EventFactory factory = new EventFactory(Rng.forPerson(seed, person.index(), Rng.EVENTS));

        DashboardStory dashboard = new DashboardStory(person, sessions, factory, story);
        dashboard.play(role);
        List<SampleEvent> events = new ArrayList<>(dashboard.events());
        long exportedAt = ExportsStory.play(exportsRole, sessions, factory, story, events);
        BaseActivity base = new BaseActivity(person, factory, story, dates);
        for (Session session : sessions) {
            base.add(session, role.adopts(), dashboard.adoptedAt(), events);
        }
        events.sort(Comparator.comparingLong(SampleEvent::ts));
        if (person.anonymousId() != null && !events.isEmpty() && events.get(0).isMobile()) {
            markFirstSessionAnonymous(events);
        }
        List<SampleTicket> tickets = tickets(person, sessions, dashboard, exportedAt, ticketRoles, role, story);
        return new PersonTimeline(person, role, events, tickets);
    }

    /** A newcomer's first mobile session happens before they sign in: no user id until identify. */
    private static void markFirstSessionAnonymous(List<SampleEvent> events) {
        String firstSession = events.get(0).sessionId();
        for (int i = 0; i < events.size() && events.get(i).sessionId().equals(firstSession); i++) {
            events.set(i, events.get(i).asAnonymous());
        }
    }

    private static List<SampleTicket> tickets(SamplePerson person, List<Session> sessions, DashboardStory dashboard,
            long exportedAt, int roles, DashboardRole role, SplittableRandom random) {
        TicketDesk desk = new TicketDesk(person, random);
        long launch = ScenarioDates.launchMillis();
        long end = ScenarioDates.endMillis() - 60_000;
        List<SampleTicket> tickets = new ArrayList<>();
        if (TicketRole.has(roles, TicketRole.NAVIGATION_BEFORE)) {
            duringSession(sessions, ScenarioDates.preWindowStart(), launch, random).ifPresent(t -> tickets.add(desk.navigation(t)));
        }
        if (TicketRole.has(roles, TicketRole.NAVIGATION_AFTER)) {
            duringSession(sessions, launch, end, random).ifPresent(t -> tickets.add(desk.navigation(t)));
        }
        if (TicketRole.has(roles, TicketRole.DRAG_AFTER_STRUGGLE) && dashboard.firstStruggleAt() < Long.MAX_VALUE) {
            long at = dashboard.firstStruggleAt() + 20 * ScenarioDates.HOUR + random.nextInt(24) * ScenarioDates.HOUR;
            tickets.add(desk.drag(at < end ? at : Math.min(end, dashboard.firstStruggleAt() + 2 * ScenarioDates.HOUR)));
        }
        if (TicketRole.has(roles, TicketRole.DRAG_WITHOUT_SIGNAL) && dashboard.firstEditAt() < Long.MAX_VALUE) {
            tickets.add(desk.drag(Math.min(end, dashboard.firstEditAt() + ScenarioDates.HOUR + random.nextInt(4) * ScenarioDates.HOUR)));
        }
        if (role == DashboardRole.REVERT_BUG) {
            tickets.add(desk.renderBug(Math.min(end, dashboard.adoptedAt() + 2 * ScenarioDates.HOUR + random.nextInt(3) * ScenarioDates.HOUR)));
        }
        if (TicketRole.has(roles, TicketRole.EXPORTS_PROBLEM) && exportedAt < Long.MAX_VALUE) {
            tickets.add(desk.exports(Math.min(end, exportedAt + (3 + random.nextInt(5)) * ScenarioDates.DAY)));
        }
        if (TicketRole.has(roles, TicketRole.OTHER)) {
            duringSession(sessions, Long.MIN_VALUE, end, random).ifPresent(t -> tickets.add(desk.other(t)));
        }
        return tickets;
    }

    private static java.util.Optional<Long> duringSession(List<Session> sessions, long from, long to, SplittableRandom random) {
        List<Session> inRange = sessions.stream().filter(s -> s.start() >= from && s.start() < to).toList();
        if (inRange.isEmpty()) {
            return java.util.Optional.empty();
        }
        Session session = inRange.get(random.nextInt(inRange.size()));
        return java.util.Optional.of(session.start() + 10 * 60_000L + random.nextInt(40 * 60_000));
    }
}
