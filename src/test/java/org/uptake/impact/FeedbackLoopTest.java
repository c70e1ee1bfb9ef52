package org.uptake.impact;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * The portfolio in data time on a workspace shaped unlike the sample: 20 people, data from 2 February
 * to 22 March 2026. "boost" (target segment smb) launches on 2 March and its adopters run four more
 * reports a day from the second week on; "legacy" (no target segments) launched 28 days before the data starts.
 */
class FeedbackLoopTest {

    static final String FEATURES = """
            [{"key":"boost","name":"Boost","launchedAt":"2026-03-02","targetSegments":["smb"],
              "adoption":{"event":"boost_on","target":0.5,"withinDays":28},
              "successMetrics":[{"name":"Reports run","event":"report_run","better":"higher"}]},
             {"key":"legacy","name":"Legacy","launchedAt":"2026-01-05",
              "adoption":{"event":"legacy_on","target":0.2,"withinDays":28},
              "successMetrics":[{"name":"Reports run","event":"report_run","better":"higher"}]}]
            """;

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Map<String, PortfolioRow> rows;

    @BeforeAll
    static void rank() throws Exception {
        StringBuilder people = new StringBuilder("user_id,segment,plan,role,created_at\n");
        StringBuilder events = new StringBuilder("user_id,timestamp,event,platform\n");
        for (int p = 1; p <= 20; p++) {
            String user = String.format("p%02d", p);
            boolean adopter = p <= 10;
            people.append(user).append(adopter ? ",smb" : ",enterprise").append(",pro,analyst,2025-01-01T00:00:00Z\n");
            for (LocalDate d = LocalDate.of(2026, 2, 2); !d.isAfter(LocalDate.of(2026, 3, 22)); d = d.plusDays(1)) {
                events.append(user).append(',').append(d).append("T09:00:00Z,report_run,web\n");
                if (adopter && !d.isBefore(LocalDate.of(2026, 3, 9))) {
                    for (int h = 10; h < 14; h++) {
                        events.append(user).append(',').append(d).append('T').append(h).append(":00:00Z,report_run,web\n");
                    }
                }
            }
            if (adopter) {
                events.append(user).append(",2026-03-02T10:30:00Z,boost_on,web\n");
            }
            if (p <= 3) {
                events.append(user).append(",2026-03-03T10:30:00Z,legacy_on,web\n");
            }
        }
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", people.toString()},
                new String[] {"events.csv", events.toString()})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        rows = TestServices.asTheAppBuildsIt(workspace).portfolio().rank(Progress.NONE).stream()
                .collect(Collectors.toMap(PortfolioRow::featureKey, r -> r));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theFeedbackLoopIsTheFirstDataDateWithAMeasurableResult() {
        // Week 1 (data to 8 March): adopters ran as many reports as before, so nothing is measurable.
        // Week 2 (data to 15 March): +200% for adopters against non-adopters, medium confidence (small groups, no placebo weeks).
        FeedbackLoop loop = rows.get("boost").feedbackLoop();
        assertEquals(LocalDate.of(2026, 3, 15), loop.measurableOn());
        assertEquals(13L, loop.days(), "before: wall-clock today minus launch");
        assertEquals("13 days (measurable with data to 2026-03-15)", loop.describe());
        assertEquals(LocalDate.of(2026, 3, 22), rows.get("boost").asOf());
    }

    @Test
    void aFeatureLaunchedBeforeTheDataStartsIsNotMeasurableYetAndSaysWhy() {
        PortfolioRow legacy = rows.get("legacy");
        assertEquals("not measurable yet (49 days of data since launch)", legacy.feedbackLoop().describe());
        assertEquals("data starts 28 days after launch: people who adopted earlier count only if they used it again", legacy.caveat());
    }

    @Test
    void theHeadlineIsTheTargetSegmentsAndEveryoneWithoutThem() {
        PortfolioRow boost = rows.get("boost");
        assertEquals(List.of(1.0, 0.5), List.of(boost.adoptionRate(), boost.allActiveRate()));
        assertEquals("100.0% of smb (50.0% of all active), pace 35.7%", boost.adoptionText(), "20 of 28 days × 50%");
        PortfolioRow legacy = rows.get("legacy");
        assertEquals(List.of(0.15, 0.15), List.of(legacy.adoptionRate(), legacy.allActiveRate()));
        assertEquals("15.0% of all active people, pace 20.0%", legacy.adoptionText());
        assertEquals(null, boost.caveat());
    }
}
