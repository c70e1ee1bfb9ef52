package org.uptake.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a person's part of the dashboard-customization story as events: the funnel
 * (edit opened → widget moved → layout saved), struggles on the drag handle, reverts, and the
 * campaign's conversions, placed inside the person's own sessions.
 */
final class DashboardStory {

    static final String EDIT_OPENED = "dashboard_edit_opened";
    static final String WIDGET_MOVED = "widget_moved";
    static final String LAYOUT_SAVED = "layout_saved";
    static final String LAYOUT_RESET = "layout_reset";
    static final String RENDER_ERROR = "dashboard_render_error";
    static final String DRAG_HANDLE = "widget_drag_handle";
    static final String CLICK = "element_clicked";
    private static final List<String> WIDGETS = List.of("revenue_chart", "churn_rate", "active_users", "pipeline",
            "nps_trend", "top_accounts", "support_backlog");

    private final SamplePerson person;
    private final List<Session> sessions;
    private final EventFactory factory;
    private final SplittableRandom random;
    private final List<SampleEvent> out = new ArrayList<>();
    private long adoptedAt = Long.MAX_VALUE;
    private long firstStruggleAt = Long.MAX_VALUE;
    private long firstEditAt = Long.MAX_VALUE;

    DashboardStory(SamplePerson person, List<Session> sessions, EventFactory factory, SplittableRandom random) {
        this.person = person;
        this.sessions = sessions;
        this.factory = factory;
        this.random = random;
    }

    List<SampleEvent> events() {
        return out;
    }

    /** When the person first saved a layout, or Long.MAX_VALUE if they never did. */
    long adoptedAt() {
        return adoptedAt;
    }

    long firstStruggleAt() {
        return firstStruggleAt;
    }

    long firstEditAt() {
        return firstEditAt;
    }

    void play(DashboardRole role) {
        long launch = ScenarioDates.launchMillis();
        long sent = ScenarioDates.CAMPAIGN_SENT.toEpochMilli();
        switch (role) {
            case NONE, CAMPAIGN_NOT_CONVERTED, CONTROL_NOT_CONVERTED -> { }
            case ADOPTER -> reuseAfter(adopt(pickEarly(after(launch, Long.MAX_VALUE)), false));
            case EARLY_POWER_ADOPTER -> reuseAfter(adopt(pickEarly(orCreate(after(launch, sent - ScenarioDates.HOUR),
                    launch + ScenarioDates.DAY + 9 * ScenarioDates.HOUR)), false));
            case CAMPAIGN_CONVERTED, CONTROL_CONVERTED -> reuseAfter(adopt(orCreate(after(sent + 30 * 60_000L,
                    sent + 40 * ScenarioDates.HOUR), sent + 20 * ScenarioDates.HOUR).get(0), false));
            case ADOPTER_AFTER_RETRY -> retryThenAdopt();
            case ADOPTER_LATE_RESET -> reset(adopt(pickEarly(after(launch, Long.MAX_VALUE)), false),
                    28 * ScenarioDates.HOUR + (long) (random.nextDouble() * 6 * ScenarioDates.HOUR));
            case REVERT_ADMIN -> reset(adopt(pickEarly(after(launch, Long.MAX_VALUE)), false),
                    30 * 60_000L + (long) (random.nextDouble() * 80 * 60_000L));
            case REVERT_BUG -> reset(adopt(pickEarly(after(launch, Long.MAX_VALUE)), true),
                    60 * 60_000L + (long) (random.nextDouble() * 110 * 60_000L));
            case ABANDON_AT_EDIT -> {
                for (Session s : attempts(1 + random.nextInt(2))) {
                    edit(s, s.start() + 60_000L + random.nextInt(600_000));
                }
            }
            case ABANDON_AT_MOVE -> {
                for (Session s : attempts(1 + random.nextInt(3))) {
                    struggle(s, s.start() + 60_000L + random.nextInt(600_000));
                }
            }
        }
    }

    private void retryThenAdopt() {
        List<Session> candidates = after(ScenarioDates.launchMillis(), Long.MAX_VALUE);
        Session first = pickEarly(candidates);
        long t = edit(first, first.start() + 60_000L + random.nextInt(300_000));
        move(first, t + 10_000 + random.nextInt(20_000));
        Session second = candidates.stream()
                .filter(s -> s.epochDay() > first.epochDay() && s.epochDay() <= first.epochDay() + 6)
                .findFirst().orElse(first);
        long at = second == first ? t + 20 * 60_000L : second.start() + 60_000L + random.nextInt(600_000);
        reuseAfter(adoptAt(second, at, false));
    }

    private long adopt(Session session, boolean bug) {
        return adoptAt(session, session.start() + 60_000L + random.nextInt(900_000), bug);
    }

    /** The whole funnel in one sitting; returns when the layout was saved. */
    private long adoptAt(Session session, long at, boolean bug) {
        long t = edit(session, at);
        int moves = 1 + random.nextInt(3);
        for (int i = 0; i < moves; i++) {
            t = move(session, t + 8_000 + random.nextInt(32_000));
        }
        if (random.nextDouble() < 0.12) {
            t = nearMiss(session, t + 5_000);
        }
        t += 15_000 + random.nextInt(45_000);
        String layout = "lay_" + Rng.hexId(random).substring(8);
        int widgets = 4 + random.nextInt(5);
        if (bug) {
            out.add(factory.event(t, LAYOUT_SAVED, session, null, "layout_id", layout, "widgets_rendered", 2,
                    "widgets_expected", 6));
            out.add(factory.event(t + 2_000 + random.nextInt(3_000), RENDER_ERROR, session, null, "layout_id", layout,
                    "error", "LayoutRenderError: saved layout rendered 2 of 6 widgets"));
        } else {
            out.add(factory.event(t, LAYOUT_SAVED, session, null, "layout_id", layout, "widgets_rendered", widgets,
                    "widgets_expected", widgets));
        }
        adoptedAt = Math.min(adoptedAt, t);
        return t;
    }

    private long edit(Session session, long at) {
        out.add(factory.event(at, EDIT_OPENED, session, null, "source", random.nextBoolean() ? "toolbar" : "empty_state"));
        firstEditAt = Math.min(firstEditAt, at);
        return at;
    }

    private long move(Session session, long at) {
        out.add(factory.event(at, WIDGET_MOVED, session, DRAG_HANDLE, "widget", Rng.pick(random, WIDGETS)));
        return at;
    }

    /** A stalled attempt with rage clicks on the drag handle and often an undo/redo loop. */
    private void struggle(Session session, long at) {
        long t = edit(session, at);
        t = move(session, t + 10_000 + random.nextInt(20_000));
        boolean rage = session.platform().equals("web") ? random.nextDouble() < 0.5 : random.nextDouble() < 0.9;
        boolean undoLoop = session.platform().equals("web") ? random.nextDouble() < 0.3 : random.nextDouble() < 0.6;
        if (!rage && !undoLoop) {
            rage = true;
        }
        if (rage) {
            t += 3_000 + random.nextInt(5_000);
            int clicks = 3 + random.nextInt(3);
            long gap = 900 / (clicks - 1);
            int x = 40 + random.nextInt(300);
            int y = 120 + random.nextInt(400);
            firstStruggleAt = Math.min(firstStruggleAt, t);
            for (int i = 0; i < clicks; i++) {
                out.add(factory.event(t + i * (gap - random.nextInt(60)), CLICK, session, DRAG_HANDLE,
                        "x", x + random.nextInt(21) - 10, "y", y + random.nextInt(21) - 10));
            }
            t += 2_000;
        }
        if (undoLoop) {
            t += 4_000 + random.nextInt(6_000);
            firstStruggleAt = Math.min(firstStruggleAt, t);
            int steps = 4 + random.nextInt(3);
            for (int i = 0; i < steps; i++) {
                out.add(factory.event(t, i % 2 == 0 ? "undo" : "redo", session, null, "feature", "dashboard_layout"));
                t += 3_000 + random.nextInt(6_000);
            }
        }
        if (random.nextBoolean()) {
            move(session, t + 5_000 + random.nextInt(10_000));
        }
    }

    /** Clicks and undos just outside the struggle thresholds: what detectors must not flag. */
    private long nearMiss(Session session, long at) {
        int x = 40 + random.nextInt(300);
        int y = 120 + random.nextInt(400);
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 3; i++) {
                    out.add(factory.event(at + i * 560L, CLICK, session, DRAG_HANDLE, "x", x, "y", y));
                }
                return at + 1_120;
            }
            case 1 -> {
                for (int i = 0; i < 3; i++) {
                    out.add(factory.event(at + i * 300L, CLICK, session, DRAG_HANDLE, "x", x + i * 45, "y", y));
                }
                return at + 600;
            }
            default -> {
                for (int i = 0; i < 3; i++) {
                    out.add(factory.event(at + i * 5_000L, i % 2 == 0 ? "undo" : "redo", session, null,
                            "feature", "dashboard_layout"));
                }
                return at + 10_000;
            }
        }
    }

    /** A reset after the data ends did not happen yet: late resets drop out, quick ones move inside the window. */
    private void reset(long savedAt, long delay) {
        long at = savedAt + delay;
        long end = ScenarioDates.endMillis() - 60_000;
        if (at > end) {
            if (delay > ScenarioDates.DAY || end <= savedAt) {
                return;
            }
            at = end;
        }
        out.add(factory.event(at, LAYOUT_RESET, sessionOn(at), null, "reason", "restore_default"));
    }

    /** Adopters come back: one in five of their later sessions edits the layout again. */
    private void reuseAfter(long adopted) {
        for (Session s : sessions) {
            if (s.start() > adopted + ScenarioDates.HOUR && random.nextDouble() < 0.2) {
                long t = edit(s, s.start() + 60_000L + random.nextInt(600_000));
                t = move(s, t + 10_000 + random.nextInt(30_000));
                out.add(factory.event(t + 20_000 + random.nextInt(40_000), LAYOUT_SAVED, s, null,
                        "layout_id", "lay_" + Rng.hexId(random).substring(8), "widgets_rendered", 6, "widgets_expected", 6));
            }
        }
    }

    private List<Session> attempts(int count) {
        List<Session> candidates = after(ScenarioDates.launchMillis(), Long.MAX_VALUE);
        List<Session> preferred = candidates.stream().filter(s -> s.platform().equals(person.platform())).toList();
        List<Session> pool = preferred.isEmpty() ? candidates : preferred;
        List<Session> chosen = new ArrayList<>();
        int from = random.nextInt(Math.max(1, Math.min(pool.size(), 4)));
        for (int i = from; i < pool.size() && chosen.size() < count; i += 1 + random.nextInt(3)) {
            chosen.add(pool.get(i));
        }
        if (chosen.isEmpty()) {
            chosen.add(pool.get(0));
        }
        return chosen;
    }

    private List<Session> after(long from, long to) {
        return sessions.stream().filter(s -> s.start() >= from && s.start() < to).toList();
    }

    /** The person's sessions in the range, or one made for them at {@code fallback} when they have none. */
    private List<Session> orCreate(List<Session> found, long fallback) {
        if (!found.isEmpty()) {
            return found;
        }
        long start = fallback + random.nextInt(3_600_000);
        Session made = new Session(Math.floorDiv(start, ScenarioDates.DAY), start, person.platform(), 3);
        sessions.add(made);
        sessions.sort(java.util.Comparator.comparingLong(Session::start));
        return List.of(made);
    }

    /** Most people try a new feature in their first sessions after launch; a few wait. */
    private Session pickEarly(List<Session> candidates) {
        int index = 0;
        while (index < candidates.size() - 1 && random.nextDouble() > 0.3) {
            index++;
        }
        return candidates.get(index);
    }

    private Session sessionOn(long ts) {
        Session best = sessions.get(0);
        for (Session s : sessions) {
            if (s.start() <= ts) {
                best = s;
            }
        }
        return best;
    }
}
