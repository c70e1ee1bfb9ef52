package org.uptake.sample;

import java.util.List;
import java.util.Set;

/**
 * What account health will see of one person, read from their generated timeline: active in the
 * last 28 days and the 28 before, tickets in each, and their use of saved views and scheduled exports.
 */
record AccountFacts(int index, boolean activeBefore, boolean activeLast, long lastActiveDay, int ticketsBefore, int ticketsLast,
        Use savedViews, Use exports) {

    /** A feature's use as the rollups keep it: adopted or not, and the day of its last use (-1: never). */
    record Use(boolean adopted, long lastDay) {

        boolean usedBetween(long from, long to) {
            return lastDay >= from && lastDay <= to;
        }
    }

    private static final Set<String> SAVED_VIEWS = Set.of("view_saved", "saved_view_opened");
    private static final Set<String> EXPORTS = Set.of("export_dialog_opened", "schedule_configured", "export_scheduled");

    static AccountFacts of(PersonTimeline timeline, long lastDay, int window) {
        long lastFrom = lastDay - window + 1;
        long beforeFrom = lastFrom - window;
        boolean before = false;
        boolean last = false;
        long lastActive = -1;
        for (SampleEvent e : timeline.events()) {
            long day = Math.floorDiv(e.ts(), ScenarioDates.DAY);
            before |= day >= beforeFrom && day < lastFrom;
            last |= day >= lastFrom && day <= lastDay;
            lastActive = Math.max(lastActive, day);
        }
        int ticketsBefore = 0;
        int ticketsLast = 0;
        for (SampleTicket t : timeline.tickets()) {
            long day = Math.floorDiv(t.createdAt(), ScenarioDates.DAY);
            ticketsBefore += day >= beforeFrom && day < lastFrom ? 1 : 0;
            ticketsLast += day >= lastFrom && day <= lastDay ? 1 : 0;
        }
        long exportsLaunch = ScenarioDates.startOf(ScenarioDates.EXPORTS_LAUNCH);
        return new AccountFacts(timeline.person().index(), before, last, lastActive, ticketsBefore, ticketsLast,
                use(timeline.events(), SAVED_VIEWS, "view_saved", Long.MIN_VALUE), use(timeline.events(), EXPORTS, "export_scheduled",
                        exportsLaunch));
    }

    private static Use use(List<SampleEvent> events, Set<String> names, String adoption, long launch) {
        boolean adopted = false;
        long last = -1;
        for (SampleEvent e : events) {
            if (names.contains(e.name())) {
                last = Math.max(last, Math.floorDiv(e.ts(), ScenarioDates.DAY));
                adopted |= e.name().equals(adoption) && e.ts() >= launch;
            }
        }
        return new Use(adopted, last);
    }

    /** Active in both windows, no tickets, and no adopted feature left unused lately: a person who makes no reason of their own. */
    boolean steady(long lastFrom) {
        return activeBefore && activeLast && ticketsBefore == 0 && ticketsLast == 0 && !idle(savedViews, lastFrom) && !idle(exports, lastFrom);
    }

    /** Adopted, used in the {@code window} days before the last ones and not since, though still active: "stopped". */
    boolean stopped(Use use, long lastFrom, int window) {
        return activeLast && use.adopted() && use.lastDay() >= lastFrom - window && use.lastDay() < lastFrom;
    }

    private static boolean idle(Use use, long lastFrom) {
        return use.adopted() && use.lastDay() < lastFrom;
    }
}
