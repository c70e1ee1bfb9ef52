package org.uptake.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The ordinary events of a session: dashboards viewed (with their duration, the success metric),
 * pages, reports, searches, clicks, the legacy dashboard filter, manual exports and saved views.
 */
final class BaseActivity {

    /** Adopters' dashboard sessions after launch are this much shorter: the planted −14%. */
    static final double SESSION_TIME_FACTOR = 0.86;
    static final String DASHBOARD_VIEWED = "dashboard_viewed";
    static final String LEGACY_FILTER = "dashboard_filter_applied";
    static final String SAVED_VIEW_OPENED = "saved_view_opened";
    static final String VIEW_SAVED = "view_saved";
    static final String EXPORT_DOWNLOADED = "export_downloaded";
    private static final List<String> PAGES = List.of("home", "reports", "settings", "accounts", "billing", "team");
    private static final List<String> BUTTONS = List.of("nav_reports", "nav_dashboard", "share_button", "filter_button",
            "export_button", "date_picker");

    private final SamplePerson person;
    private final EventFactory factory;
    private final SplittableRandom random;
    private final ScenarioDates dates;

    BaseActivity(SamplePerson person, EventFactory factory, SplittableRandom random, ScenarioDates dates) {
        this.person = person;
        this.factory = factory;
        this.random = random;
        this.dates = dates;
    }

    void add(Session session, boolean adopter, long adoptedAt, List<SampleEvent> out) {
        long t = session.start();
        out.add(factory.event(t, "session_started", session, null));
        long launch = ScenarioDates.launchMillis();
        int week = (int) ((session.epochDay() - dates.firstEpochDay) / 7);
        boolean savedViews = person.usesSavedViews() && week <= person.savedViewsLastWeek();
        for (int i = 1; i < session.events(); i++) {
            t += 5_000 + random.nextInt(175_000);
            double r = random.nextDouble();
            if (r < 0.36) {
                double duration = Rng.logNormal(random, 90, 0.45);
                if (adopter && t >= launch) {
                    duration *= SESSION_TIME_FACTOR;
                }
                out.add(factory.event(t, DASHBOARD_VIEWED, session, null, "duration_s", Math.round(duration * 10) / 10.0));
            } else if (r < 0.52) {
                out.add(factory.event(t, "page_viewed", session, null, "page", Rng.pick(random, PAGES)));
            } else if (r < 0.64) {
                out.add(factory.event(t, "report_viewed", session, null, "report_id", "rep_" + (100 + random.nextInt(80))));
            } else if (r < 0.70) {
                out.add(factory.event(t, "search_performed", session, null, "query_length", 3 + random.nextInt(20)));
            } else if (r < 0.80) {
                out.add(factory.event(t, DashboardStory.CLICK, session, Rng.pick(random, BUTTONS),
                        "x", random.nextInt(1200), "y", random.nextInt(800)));
            } else if (r < 0.90) {
                if (person.legacyFilterUser() && t < adoptedAt) {
                    out.add(factory.event(t, LEGACY_FILTER, session, "filter_button", "filter", random.nextBoolean() ? "date" : "account"));
                } else {
                    out.add(factory.event(t, "page_viewed", session, null, "page", "home"));
                }
            } else if (r < 0.95 && savedViews) {
                out.add(factory.event(t, random.nextDouble() < 0.15 ? VIEW_SAVED : SAVED_VIEW_OPENED, session, null,
                        "view_id", "view_" + (10 + random.nextInt(40))));
            } else {
                out.add(factory.event(t, EXPORT_DOWNLOADED, session, "export_button", "format", random.nextBoolean() ? "csv" : "xlsx"));
            }
        }
        if (savedViews && random.nextDouble() < 0.35) {
            out.add(factory.event(t + 4_000 + random.nextInt(60_000), SAVED_VIEW_OPENED, session, null,
                    "view_id", "view_" + (10 + random.nextInt(40))));
        }
    }
}
