package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/**
 * Pivots of {@link ComparePeriodsTest}'s workspace over launch to the last event, counted by hand: all seven people
 * are active; p1, p2, p3, p5 and p7 adopted (p4 and p6 never did export_done).
 */
class CrossTabulationTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkspaceServices services;

    @BeforeEach
    void build() throws Exception {
        workspace = ComparePeriodsTest.workspace(temp);
        services = TestServices.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void segmentByPlanCountsEachPairOfValues() {
        CrossBreakdown x = services.crossTabulation().of("reports", null, null, "segment", "plan");
        assertEquals(List.of("(none)", "enterprise", "smb"), x.rows());
        assertEquals(List.of("enterprise", "pro", "starter"), x.columns());
        assertEquals(List.of(
                new CrossBreakdown.Cell("(none)", "starter", 1, 0, 0.0),
                new CrossBreakdown.Cell("enterprise", "enterprise", 1, 1, 1.0),
                new CrossBreakdown.Cell("enterprise", "pro", 1, 1, 1.0),
                new CrossBreakdown.Cell("smb", "pro", 3, 2, 2 / 3.0),
                new CrossBreakdown.Cell("smb", "starter", 1, 1, 1.0)), x.cells());
        assertEquals(List.of(new AdoptionSummary.Breakdown("enterprise", 1, 1, 1.0), new AdoptionSummary.Breakdown("pro", 4, 3, 0.75),
                new AdoptionSummary.Breakdown("starter", 2, 1, 0.5)), x.columnTotals());
        assertEquals(7, x.activePeople());
        assertEquals(5, x.adopters());
        assertEquals(null, x.cell("(none)", "pro"));
    }

    @Test
    void theRowTotalsAreTheSummarysBreakdown() {
        CrossBreakdown x = services.crossTabulation().of("reports", null, null, "segment", "role");
        assertEquals(services.adoption().summary("reports", null, null).bySegment(), x.rowTotals());
    }

    @Test
    void platformByRoleUsesTheMainPlatform() {
        CrossBreakdown x = services.crossTabulation().of("reports", null, null, "platform", "role");
        assertEquals(List.of(
                new CrossBreakdown.Cell("android", "admin", 1, 1, 1.0),
                new CrossBreakdown.Cell("ios", "admin", 1, 1, 1.0),
                new CrossBreakdown.Cell("web", "admin", 2, 2, 1.0),
                new CrossBreakdown.Cell("web", "viewer", 3, 1, 1 / 3.0)), x.cells());
    }

    @Test
    void aCellDrillsToItsPeople() {
        List<PersonRow> people = services.adoption().people("reports", null, null, PeopleQuery.cell("segment", "smb", "plan", "pro"), 7);
        assertEquals(List.of("p1", "p4", "p7"), people.stream().map(PersonRow::userId).toList());
        assertEquals("Active people with segment smb and plan pro", PeopleQuery.cell("segment", "smb", "plan", "pro").describe(List.of()));
    }

    @Test
    void badAttributesAreRefusedInOneLine() {
        assertEquals("Cannot break adoption down by 'colour': use two of segment, plan, role, platform.", assertThrows(
                IllegalArgumentException.class, () -> services.crossTabulation().of("reports", null, null, "colour", "plan")).getMessage());
        assertEquals("A cross breakdown needs two different attributes, not plan twice.", assertThrows(
                IllegalArgumentException.class, () -> services.crossTabulation().of("reports", null, null, "plan", "PLAN")).getMessage());
    }
}
