package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * A feature launched 59 days before the data starts and naming no target segments: unlike the sample,
 * the audience is everyone active, and every figure says the data misses the first weeks.
 */
class LeftCensoredAdoptionTest {

    static final String FEATURES = """
            [{"key":"views","name":"Views","launchedAt":"2026-01-01","adoption":{"event":"view_saved","target":0.3,"withinDays":60}}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role,created_at
            a1,smb,pro,admin,2025-06-01T00:00:00Z
            a2,enterprise,pro,analyst,2026-03-05T00:00:00Z
            a3,,pro,analyst,2026-03-02T00:00:00Z
            a4,smb,pro,viewer,2025-06-01T00:00:00Z
            a5,enterprise,pro,viewer,2026-03-10T00:00:00Z
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            a4,2026-03-01T08:00:00Z,page,web
            a1,2026-03-03T09:00:00Z,view_saved,web
            a3,2026-03-03T00:00:00Z,view_saved,web
            a2,2026-03-07T12:00:00Z,view_saved,ios
            a5,2026-03-14T10:00:00Z,page,web
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private AdoptionAnalysis analysis;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        analysis = new AdoptionAnalysis(workspace, FeaturePeople.cache(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void withoutTargetSegmentsTheAudienceIsEveryoneActive() {
        AdoptionSummary s = analysis.summary("views", null, null);
        assertEquals(LocalDate.of(2026, 3, 14), s.to(), "the last event's day, not today's date");
        assertEquals(72, s.daysSinceLaunch());
        assertEquals(new AdoptionSummary.TargetAudience(List.of(), 5, 3, 0.6, s.timeToFirstUse()), s.targetAudience());
        assertEquals(0.6, s.headlineRate(), 1e-12);
        assertEquals("all active people", s.targetAudience().describe());
    }

    @Test
    void adoptionSaysTheDataStartsAfterLaunch() {
        AdoptionSummary s = analysis.summary("views", null, null);
        assertEquals(LocalDate.of(2026, 3, 1), s.dataStart());
        assertEquals(59, s.daysMissedAfterLaunch());
        assertEquals("data starts 59 days after launch: people who adopted earlier count only if they used it again", s.caveat());
    }

    @Test
    void timeToFirstUseLeavesOutPeopleWhoseFirstUseMayPredateTheData() {
        AdoptionSummary s = analysis.summary("views", null, null);
        // a1 existed since launch, before the data: left out. a2 (created 5 March) took 2.5 days, a3 (created 2 March) 1 day.
        assertEquals(new AdoptionSummary.TimeToFirstUse(2, 1.75, 1.0 + 0.75 * 1.5, 1.0, 1), s.timeToFirstUse());
        assertEquals("data starts 59 days after launch: time to first use leaves out 1 adopter whose first use may predate the data",
                s.timeToFirstUseCaveat());
    }
}
