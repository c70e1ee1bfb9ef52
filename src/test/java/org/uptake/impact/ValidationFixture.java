package org.uptake.impact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * A workspace shaped unlike the sample for validating impact: an event-count metric (no property),
 * 40 people viewing reports every day for 63 days before launch and 14 after, 20 of them adopting on
 * the day after launch, with no effect of adopting; a ticket metric; and a second feature launched
 * before the data starts.
 */
public final class ValidationFixture {

    public static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
    public static final LocalDate LAUNCH = FIRST.plusDays(63);

    private ValidationFixture() {
    }

    public static List<Path> files(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path features = dir.resolve("features.json");
        Files.writeString(features, """
                [{"key":"reports","name":"Report builder","launchedAt":"%s",
                  "adoption":{"event":"report_built","target":0.3,"withinDays":30},
                  "successMetrics":[{"name":"Reports viewed","event":"report_viewed","better":"higher"},
                                    {"name":"Report tickets","ticketTags":["reports"],"better":"lower"}]},
                 {"key":"old","name":"Old feature","launchedAt":"2025-06-01","adoption":{"event":"old_used","target":0.3,"withinDays":30},
                  "successMetrics":[{"name":"Old uses","event":"old_used","better":"higher"}]}]
                """.formatted(LAUNCH));
        StringBuilder events = new StringBuilder("user_id,timestamp,event,platform\n");
        for (int p = 1; p <= 40; p++) {
            for (int d = 0; d < 77; d++) {
                int views = 1 + (p * 7 + d * 3 + p * d) % 4;
                for (int k = 0; k < views; k++) {
                    events.append(String.format("p%02d,%sT%02d:00:00Z,report_viewed,web%n", p, FIRST.plusDays(d), 8 + k));
                }
                if (d % 9 == p % 9) {
                    events.append(String.format("p%02d,%sT15:00:00Z,old_used,web%n", p, FIRST.plusDays(d)));
                }
            }
            if (p <= 20) {
                events.append(String.format("p%02d,%sT16:00:00Z,report_built,web%n", p, LAUNCH.plusDays(1)));
            }
        }
        Path eventsFile = dir.resolve("events.csv");
        Files.writeString(eventsFile, events);
        return List.of(features, eventsFile);
    }

    public static Workspace workspace(Path dir) throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (Path file : files(dir.resolve("files"))) {
            importer.importFile(importer.plan(file), Progress.NONE);
        }
        return workspace;
    }
}
