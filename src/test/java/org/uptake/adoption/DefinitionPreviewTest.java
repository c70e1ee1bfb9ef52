package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.ingest.FeaturesFile;
import org.uptake.ingest.Importer;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/**
 * The feature editor's catalogue and preview on a workspace with events and no feature at all:
 * the draft launched before the data starts, no target segments, a legacy event; its preview
 * equals the adoption of the same definition once saved.
 */
public class DefinitionPreviewTest {

    static final String PEOPLE = """
            user_id,segment,plan,role,created_at
            p1,smb,pro,admin,2025-06-01T00:00:00Z
            p2,smb,pro,analyst,2025-06-01T00:00:00Z
            p3,enterprise,enterprise,viewer,2025-06-01T00:00:00Z
            p4,,starter,viewer,2025-06-01T00:00:00Z
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            p1,2026-04-01T09:00:00Z,report_opened,web
            p1,2026-04-01T09:02:00Z,report_shared,web
            p2,2026-04-02T10:00:00Z,report_opened,android
            p2,2026-04-12T10:00:00Z,report_shared,android
            p3,2026-04-03T11:00:00Z,old_export,web
            p3,2026-04-03T11:05:00Z,report_opened,web
            p4,2026-04-05T08:00:00Z,report_shared,ios
            """;

    /** Launched two weeks before the data starts; step 2 of p2 comes 10 days after step 1, beyond the 7-day window. */
    public static final Feature DRAFT = new Feature("reports", "Shared reports", LocalDate.of(2026, 3, 15), "Reports are mailed by hand",
            List.of(), new Feature.AdoptionGoal("report_shared", 0.5, 30), List.of("report_opened", "report_shared"), null,
            List.of("old_export"), List.of(), List.of(), null);

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkspaceServices services;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        services = withPeopleAndEvents(workspace, temp);
    }

    /** The workspace's services after importing this test's people and events (no feature defined). */
    public static WorkspaceServices withPeopleAndEvents(Workspace workspace, Path temp) throws java.io.IOException {
        WorkspaceServices services = TestServices.of(workspace);
        Importer importer = services.importer();
        for (String[] file : List.of(new String[] {"people.csv", PEOPLE}, new String[] {"events.csv", EVENTS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        return services;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theCatalogueCountsEveryEventName() {
        assertEquals(List.of(
                new EventCatalogEntry("report_opened", 3, 3, Instant.parse("2026-04-01T09:00:00Z"), Instant.parse("2026-04-03T11:05:00Z"),
                        List.of("android", "web")),
                new EventCatalogEntry("report_shared", 3, 3, Instant.parse("2026-04-01T09:02:00Z"), Instant.parse("2026-04-12T10:00:00Z"),
                        List.of("android", "ios", "web")),
                new EventCatalogEntry("old_export", 1, 1, Instant.parse("2026-04-03T11:00:00Z"), Instant.parse("2026-04-03T11:00:00Z"),
                        List.of("web"))), services.eventCatalog().all());
    }

    @Test
    void theSuggestedLaunchIsTheFirstDayOfThePickedEvents() {
        List<EventCatalogEntry> all = services.eventCatalog().all();
        assertEquals(LocalDate.of(2026, 4, 3), EventCatalogEntry.suggestedLaunch(List.of(all.get(2))));
        assertEquals(LocalDate.of(2026, 4, 1), EventCatalogEntry.suggestedLaunch(List.of(all.get(2), all.get(1))));
        assertNull(EventCatalogEntry.suggestedLaunch(List.of()));
        assertEquals(List.of("report_opened", "report_shared"), all.stream().filter(e -> e.matches("REPORT")).map(EventCatalogEntry::name).toList());
        assertEquals(List.of("report_shared"), all.stream().filter(e -> e.matches("ios")).map(EventCatalogEntry::name).toList());
    }

    @Test
    void thePreviewCountsAdoptersAndTheFunnelAsTheSavedDefinitionWill() throws Exception {
        DefinitionPreview.Counts preview = services.definitionPreview().of(DRAFT);
        assertEquals(4, preview.summary().activePeople());
        assertEquals(3, preview.summary().adopters(), "p1, p2 and p4 shared a report after launch");
        assertEquals(List.of(3, 1), preview.funnel().groups().get(0).steps().stream().map(FunnelReport.Step::people).toList(),
                "p2 shared 10 days after opening, outside the 7-day window");

        FeaturesFile.save(services.importer(), DRAFT, temp.resolve("scratch"));
        assertEquals(services.adoption().summary("reports", null, null), preview.summary());
        assertEquals(services.adoption().funnel("reports", FunnelReport.Breakdown.NONE, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS,
                null, null), preview.funnel());
        assertEquals(1, services.featureVersions().current("reports"));
    }

    @Test
    void thePreviewRemembersTheEventsItReadOnlyUntilTheDataChanges() throws Exception {
        assertEquals(3, services.definitionPreview().of(DRAFT).summary().adopters());
        Path more = temp.resolve("more.csv");
        Files.writeString(more, """
                user_id,timestamp,event,platform
                p3,2026-04-13T09:00:00Z,report_shared,web
                """);
        services.importer().importFile(services.importer().plan(more), Progress.NONE);
        assertEquals(4, services.definitionPreview().of(DRAFT).summary().adopters(), "p3 shared after the import");
    }
}
