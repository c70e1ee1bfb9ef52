package org.uptake.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small scenario written one folder per day, shaped unlike the sample: 240 people (every third on
 * iOS), a "board" feature launched on day 8 whose iOS drag handle breaks on day {@link #MOBILE_BREAKS}
 * (rage clicks, no save), an older "views" feature whose use falls from day {@link #VIEWS_DROP}, and an
 * "export" feature launched months before the data starts, rarely used, far below its target's pace
 * as the data sees it (its early adopters are not in the data, so no pace alert may fire).
 * Nothing else changes, so any other alert is a false one.
 */
final class WatchScenario {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 5, 4);
    static final int DAYS = 32;
    static final int BOARD_LAUNCH = 8;
    static final int MOBILE_BREAKS = 18;
    static final int VIEWS_DROP = 23;
    static final int PEOPLE = 240;

    private WatchScenario() {
    }

    static LocalDate day(int i) {
        return FIRST_DAY.plusDays(i);
    }

    /** Writes day {@code i}'s folder (the first one also holds the features and the people) under {@code root}. */
    static Path writeDay(Path root, int i) throws IOException {
        Path folder = root.resolve(day(i).toString());
        Files.createDirectories(folder);
        if (i == 0) {
            Files.writeString(folder.resolve("features.json"), FEATURES);
            StringBuilder people = new StringBuilder("user_id,account_id,segment,plan,role,email,created_at,opted_out\n");
            for (int p = 0; p < PEOPLE; p++) {
                people.append(user(p)).append(",acme-").append(p % 12).append(",smb,pro,analyst,").append(user(p))
                        .append("@example.com,2026-01-01T00:00:00Z,false\n");
            }
            Files.writeString(folder.resolve("people.csv"), people);
        }
        Files.writeString(folder.resolve("events.csv"), events(i));
        return folder;
    }

    static String user(int p) {
        return String.format("w%03d", p);
    }

    private static String events(int i) {
        Random random = new Random(1_000L + i);
        StringBuilder csv = new StringBuilder("event_id,user_id,timestamp,event,platform,session_id,target,properties\n");
        long dayStart = day(i).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        int[] n = {0};
        for (int p = 0; p < PEOPLE; p++) {
            if (random.nextDouble() >= 0.6) {
                continue;
            }
            boolean ios = p % 3 == 0;
            String platform = ios ? "ios" : "web";
            String session = "s-" + p + "-" + i;
            long t = dayStart + (8 + p % 10) * 3_600_000L + random.nextInt(600_000);
            List<String[]> out = new ArrayList<>();
            // A third element, when present, marks the board's own session.
            out.add(new String[] {"page_viewed", ""});
            double viewsUse = i >= VIEWS_DROP ? 0.15 : 0.5;
            if (random.nextDouble() < viewsUse) {
                out.add(new String[] {"view_opened", ""});
                out.add(new String[] {"view_saved", ""});
            }
            if (random.nextDouble() < 0.02) {
                out.add(new String[] {"report_exported", ""});
            }
            if (i >= BOARD_LAUNCH && random.nextDouble() < 0.3) {
                // The board has its own session, so its struggles are not the other features' context.
                out.add(new String[] {"board_opened", "", "b"});
                boolean broken = ios && i >= MOBILE_BREAKS && random.nextDouble() < 0.7;
                if (broken) {
                    for (int k = 0; k < 4; k++) {
                        out.add(new String[] {"element_clicked", "drag_handle"});
                    }
                } else if (random.nextDouble() < 0.9) {
                    out.add(new String[] {"card_moved", "card"});
                    out.add(new String[] {"board_saved", ""});
                }
            }
            for (String[] e : out) {
                // Clicks 200 ms apart (a rage burst when four land on one target); other steps a minute apart.
                t += e[0].equals("element_clicked") ? 200 : 60_000;
                csv.append("e").append(i).append('-').append(n[0]++).append(',').append(user(p)).append(',').append(t).append(',')
                        .append(e[0]).append(',').append(platform).append(',').append(session).append(board(e, out) ? "-b" : "").append(',').append(e[1]).append(",\n");
            }
        }
        return csv.toString();
    }

    /** True for the board's events: the opening event and everything after it in the person's day. */
    private static boolean board(String[] event, List<String[]> day) {
        for (String[] e : day) {
            if (e.length > 2) {
                return day.indexOf(event) >= day.indexOf(e);
            }
        }
        return false;
    }

    private static final String FEATURES = """
            [ { "key": "board", "name": "Planning board", "launchedAt": "2026-05-12", "problem": "Plans live in spreadsheets",
                "adoption": { "event": "board_saved", "target": 0.1, "withinDays": 30 },
                "funnel": ["board_opened", "card_moved", "board_saved"] },
              { "key": "views", "name": "Saved views", "launchedAt": "2026-03-02", "problem": "Filters are set up again every day",
                "adoption": { "event": "view_saved", "target": 0.05, "withinDays": 30 },
                "funnel": ["view_opened", "view_saved"] },
              { "key": "export", "name": "Report export", "launchedAt": "2026-01-05", "problem": "Reports are retyped",
                "adoption": { "event": "report_exported", "target": 0.8, "withinDays": 30 } } ]
            """;
}
