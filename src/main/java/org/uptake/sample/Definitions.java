package org.uptake.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §5's definitions applied to one person's events, as the generator counts its own truth.
 * (The analyses have their own implementation; the two must agree on the sample.)
 */
final class Definitions {

    static final long FUNNEL_WINDOW = 7 * ScenarioDates.DAY;
    static final long RAGE_SPAN_MS = 1_000;
    static final int RAGE_CLICKS = 3;
    static final int RAGE_DISTANCE_PX = 30;
    static final long UNDO_SPAN_MS = 60_000;
    static final int UNDO_EVENTS = 4;

    private Definitions() {
    }

    /**
     * The furthest funnel step reached (0 = never entered): for each step-1 occurrence on or after
     * launch, later steps in order, each at or after the previous, within the window of that occurrence.
     */
    static int furthestStep(List<SampleEvent> events, List<String> steps, long launch, long window) {
        if (steps.isEmpty()) {
            return 0;
        }
        int best = 0;
        for (int i = 0; i < events.size() && best < steps.size(); i++) {
            SampleEvent start = events.get(i);
            if (start.ts() < launch || !start.name().equals(steps.get(0))) {
                continue;
            }
            int level = 1;
            long deadline = start.ts() + window;
            for (int j = i + 1; j < events.size() && level < steps.size(); j++) {
                SampleEvent e = events.get(j);
                if (e.ts() > deadline) {
                    break;
                }
                if (e.name().equals(steps.get(level))) {
                    level++;
                }
            }
            best = Math.max(best, level);
        }
        return best;
    }

    /** The first event with this name at or after {@code from}, or Long.MAX_VALUE. */
    static long first(List<SampleEvent> events, String name, long from) {
        for (SampleEvent e : events) {
            if (e.ts() >= from && e.name().equals(name)) {
                return e.ts();
            }
        }
        return Long.MAX_VALUE;
    }

    static boolean any(List<SampleEvent> events, Set<String> names, long from, long to) {
        for (SampleEvent e : events) {
            if (e.ts() >= from && e.ts() < to && names.contains(e.name())) {
                return true;
            }
        }
        return false;
    }

    /** Times of rage clicks: ≥ 3 clicks on one target within 1 000 ms, all within 30 px of the first. */
    static List<Long> rageClicks(List<SampleEvent> events) {
        List<SampleEvent> clicks = events.stream().filter(e -> e.name().equals(DashboardStory.CLICK) && e.target() != null).toList();
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < clicks.size(); i++) {
            SampleEvent first = clicks.get(i);
            int count = 1;
            for (int j = i + 1; j < clicks.size() && clicks.get(j).ts() - first.ts() <= RAGE_SPAN_MS; j++) {
                SampleEvent next = clicks.get(j);
                if (next.target().equals(first.target()) && near(first, next)) {
                    count++;
                }
            }
            if (count >= RAGE_CLICKS) {
                found.add(first.ts());
            }
        }
        return found;
    }

    /** Times of undo loops: ≥ 4 undo/redo events within 60 s. */
    static List<Long> undoLoops(List<SampleEvent> events) {
        List<SampleEvent> undos = events.stream().filter(e -> e.name().equals("undo") || e.name().equals("redo")).toList();
        List<Long> found = new ArrayList<>();
        for (int i = 0; i + UNDO_EVENTS - 1 < undos.size(); i++) {
            if (undos.get(i + UNDO_EVENTS - 1).ts() - undos.get(i).ts() <= UNDO_SPAN_MS) {
                found.add(undos.get(i).ts());
            }
        }
        return found;
    }

    private static boolean near(SampleEvent a, SampleEvent b) {
        Map<String, Object> p = a.properties();
        Map<String, Object> q = b.properties();
        if (!(p.get("x") instanceof Number) || !(q.get("x") instanceof Number)) {
            return true;
        }
        double dx = ((Number) p.get("x")).doubleValue() - ((Number) q.get("x")).doubleValue();
        double dy = ((Number) p.get("y")).doubleValue() - ((Number) q.get("y")).doubleValue();
        return Math.hypot(dx, dy) <= RAGE_DISTANCE_PX;
    }
}
