package org.uptake.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** DESIGN §5 re-implemented on the files read back, to check truth.json against. */
final class Recount {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    static final long LAUNCH = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    static final long SENT = Instant.parse("2026-03-05T14:00:00Z").toEpochMilli();
    static final List<String> FUNNEL = List.of("dashboard_edit_opened", "widget_moved", "layout_saved");

    int active;
    int adopters;
    final Map<String, int[]> bySegment = new TreeMap<>();
    final int[] funnel = new int[3];
    int abandoned;
    int reverted;
    final List<Double> daysToFirstUse = new ArrayList<>();
    final int[] treated = new int[2];
    final int[] control = new int[2];
    final double[] durationSum = new double[4];
    final int[] durationCount = new int[4];
    int navigationBefore;
    int navigationAfter;
    int activeBefore;

    static Recount of(GeneratedFiles files) {
        Recount r = new Recount();
        Map<String, Long> adoptedAt = new java.util.HashMap<>();
        for (GeneratedFiles.Person p : files.people.values()) {
            List<GeneratedFiles.Event> events = p.events();
            if (events.stream().anyMatch(e -> e.ts() >= LAUNCH - 28 * DAY && e.ts() < LAUNCH)) {
                r.activeBefore++;
            }
            if (events.stream().noneMatch(e -> e.ts() >= LAUNCH)) {
                continue;
            }
            r.active++;
            long adopted = events.stream().filter(e -> e.ts() >= LAUNCH && e.name().equals("layout_saved"))
                    .mapToLong(GeneratedFiles.Event::ts).min().orElse(Long.MAX_VALUE);
            boolean adopter = adopted != Long.MAX_VALUE;
            int[] cell = r.bySegment.computeIfAbsent(p.segment(), s -> new int[2]);
            cell[0]++;
            if (adopter) {
                adoptedAt.put(p.userId(), adopted);
                r.adopters++;
                cell[1]++;
                r.daysToFirstUse.add((adopted - Math.max(LAUNCH, p.createdAt())) / (double) DAY);
                if (events.stream().anyMatch(e -> e.name().equals("layout_reset") && e.ts() > adopted && e.ts() <= adopted + DAY)) {
                    r.reverted++;
                }
            }
            int level = furthest(events);
            for (int k = 0; k < level; k++) {
                r.funnel[k]++;
            }
            if (level >= 1 && level < 3) {
                r.abandoned++;
            }
            for (GeneratedFiles.Event e : events) {
                if (e.name().equals("dashboard_viewed")) {
                    int c = (adopter ? 0 : 2) + (e.ts() >= LAUNCH ? 1 : 0);
                    r.durationSum[c] += e.properties().get("duration_s").asDouble();
                    r.durationCount[c]++;
                }
            }
        }
        for (GeneratedFiles.Outreach o : files.outreach) {
            int[] group = o.group().equals("treatment") ? r.treated : r.control;
            group[0]++;
            long converted = files.people.get(o.userId()).events().stream()
                    .filter(e -> e.name().equals("layout_saved") && e.ts() > o.sentAt()).mapToLong(GeneratedFiles.Event::ts)
                    .min().orElse(Long.MAX_VALUE);
            if (converted <= o.sentAt() + 48 * HOUR) {
                group[1]++;
            }
        }
        for (GeneratedFiles.Ticket t : files.tickets) {
            if (t.tags().contains("dashboard-navigation")) {
                if (t.createdAt() >= LAUNCH - 28 * DAY && t.createdAt() < LAUNCH) {
                    r.navigationBefore++;
                } else if (t.createdAt() >= LAUNCH) {
                    r.navigationAfter++;
                }
            }
        }
        Collections.sort(r.daysToFirstUse);
        return r;
    }

    /** windowFunnel: the best chain over every step-1 attempt on or after launch, 7 days from that attempt. */
    private static int furthest(List<GeneratedFiles.Event> events) {
        int best = 0;
        for (GeneratedFiles.Event start : events) {
            if (start.ts() < LAUNCH || !start.name().equals(FUNNEL.get(0))) {
                continue;
            }
            long at = start.ts();
            int level = 1;
            while (level < 3) {
                String step = FUNNEL.get(level);
                long from = at;
                long next = events.stream().filter(e -> e.name().equals(step) && e.ts() >= from && e.ts() <= start.ts() + 7 * DAY)
                        .mapToLong(GeneratedFiles.Event::ts).min().orElse(-1);
                if (next < 0) {
                    break;
                }
                at = next;
                level++;
            }
            best = Math.max(best, level);
        }
        return best;
    }

    double median() {
        int n = daysToFirstUse.size();
        return n % 2 == 1 ? daysToFirstUse.get(n / 2) : (daysToFirstUse.get(n / 2 - 1) + daysToFirstUse.get(n / 2)) / 2;
    }

    double p75() {
        double rank = 0.75 * (daysToFirstUse.size() - 1);
        int low = (int) rank;
        return daysToFirstUse.get(low) + (rank - low) * (daysToFirstUse.get(Math.min(low + 1, daysToFirstUse.size() - 1))
                - daysToFirstUse.get(low));
    }

    double mean(int cell) {
        return durationSum[cell] / durationCount[cell];
    }
}
