package org.uptake.sample;

import java.util.List;
import java.util.SplittableRandom;

/** The scheduled-exports feature: set up a recurring export (adopters) or give up half-way (abandoners). */
final class ExportsStory {

    static final String DIALOG_OPENED = "export_dialog_opened";
    static final String SCHEDULE_CONFIGURED = "schedule_configured";
    static final String EXPORT_SCHEDULED = "export_scheduled";

    private ExportsStory() {
    }

    /** Adds the person's events; returns when they scheduled an export, or Long.MAX_VALUE. */
    static long play(int role, List<Session> sessions, EventFactory factory, SplittableRandom random, List<SampleEvent> out) {
        if (role == 0) {
            return Long.MAX_VALUE;
        }
        long launch = ScenarioDates.startOf(ScenarioDates.EXPORTS_LAUNCH);
        List<Session> candidates = sessions.stream().filter(s -> s.start() >= launch).toList();
        Session session = candidates.get(random.nextInt(candidates.size()));
        long t = session.start() + 120_000 + random.nextInt(600_000);
        out.add(factory.event(t, DIALOG_OPENED, session, "export_button", "source", "report"));
        t += 15_000 + random.nextInt(60_000);
        out.add(factory.event(t, SCHEDULE_CONFIGURED, session, null, "frequency", random.nextBoolean() ? "weekly" : "daily"));
        if (role == 2) {
            return Long.MAX_VALUE;
        }
        t += 5_000 + random.nextInt(30_000);
        out.add(factory.event(t, EXPORT_SCHEDULED, session, null, "format", random.nextBoolean() ? "csv" : "xlsx"));
        return t;
    }
}
