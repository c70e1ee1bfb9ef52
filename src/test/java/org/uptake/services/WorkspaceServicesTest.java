package org.uptake.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.outreach.Secrets;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** One graph per open workspace: its services shared, outreach built only when asked, what it remembers forgotten on import. */
class WorkspaceServicesTest {

    @TempDir
    Path temp;

    @Test
    void eachServiceIsBuiltOnceAndOutreachOnlyWhenAskedFor() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceSettings stored = workspace.settings();
            stored.put(Secrets.LLM_API_KEY, "sk-old");
            WorkspaceServices services = WorkspaceServices.of(workspace, Secrets.in(temp.resolve("config")));
            assertSame(services.adoption(), services.adoption());
            assertSame(services.struggles(), services.struggles());
            services.impact();
            services.portfolio();
            services.delivery();
            assertEquals(Optional.of("sk-old"), stored.get(Secrets.LLM_API_KEY),
                    "the analyses leave the workspace as it is: only outreach moves secrets out of it");
            services.onboarding();
            assertSame(services.outreach(), services.outreach());
            assertEquals(Optional.empty(), stored.get(Secrets.LLM_API_KEY));
            assertEquals(1, services.outreach().secretsMoved().size(), "moved once, by the one outreach of the graph");
        }
    }

    @Test
    void anImportThroughTheGraphMakesItsAnalysesReadAgain() throws Exception {
        Files.writeString(temp.resolve("features.json"), """
                [{"key":"boards","name":"Boards","launchedAt":"2026-04-01",
                  "adoption":{"event":"board_made","target":0.5,"withinDays":30}}]
                """);
        Files.writeString(temp.resolve("people.csv"), """
                user_id,segment,plan,role,created_at
                p1,smb,pro,admin,2026-01-01T00:00:00Z
                p2,smb,pro,admin,2026-01-01T00:00:00Z
                p3,enterprise,pro,admin,2026-01-01T00:00:00Z
                """);
        Files.writeString(temp.resolve("week1.csv"), """
                user_id,timestamp,event,platform
                p1,2026-04-02T09:00:00Z,board_made,web
                p2,2026-04-02T10:00:00Z,page,web
                p3,2026-04-03T10:00:00Z,page,web
                """);
        Files.writeString(temp.resolve("week2.csv"), """
                user_id,timestamp,event,platform
                p2,2026-04-09T09:00:00Z,board_made,web
                p3,2026-04-09T10:00:00Z,board_made,ios
                """);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = WorkspaceServices.of(workspace, Secrets.environmentOnly());
            Importer importer = services.importer();
            for (String file : new String[] {"features.json", "people.csv", "week1.csv"}) {
                importer.importFile(importer.plan(temp.resolve(file)), Progress.NONE);
            }
            AdoptionSummary before = services.adoption().summary("boards", null, null);
            assertEquals(1, before.adopters());
            assertEquals(3, before.activePeople());
            // The struggle analysis reads the same remembered people as the adoption analysis.
            assertEquals(3, services.struggles().analyze("boards", null, null, Progress.NONE).activePeople());

            importer.importFile(importer.plan(temp.resolve("week2.csv")), Progress.NONE);

            AdoptionSummary after = services.adoption().summary("boards", null, null);
            assertEquals(3, after.adopters(), "the import's new adopters, not the remembered read");
            assertEquals(java.time.LocalDate.parse("2026-04-09"), after.to());
            assertEquals(1.0, after.adoptionRate(), 1e-12);
        }
    }
}
