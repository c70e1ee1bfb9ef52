package org.uptake.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.Workspace;

/** The cluster's exact counts read whole from an extract: every kind a newer job writes, and only what an older one has. */
class ExactCountsTest {

    @TempDir
    Path dir;

    @Test
    void aNewerJobsExtractGivesBreakdownsFunnelAndTimeToFirstUseExactly() throws IOException {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.full(dir), Progress.NONE);
            ExactCounts bulk = services.clusterFigures().counts("bulk-edit").orElseThrow();
            assertEquals(List.of(7L, 3L), List.of(bulk.activePeople(), bulk.adopters()));
            assertEquals(new ExactCounts.Cell("target", 5, 2), bulk.targetAudience());
            assertEquals(List.of(new ExactCounts.Cell("(none)", 2, 1), new ExactCounts.Cell("smb", 5, 2)), bulk.bySegment());
            assertEquals(List.of(new ExactCounts.Cell("free", 3, 0), new ExactCounts.Cell("pro", 4, 3)), bulk.byPlan());
            assertEquals(List.of(new ExactCounts.Cell("admin", 7, 3)), bulk.byRole());
            assertEquals(List.of(new ExactCounts.Cell("ios", 1, 0), new ExactCounts.Cell("web", 6, 3)), bulk.byPlatform());
            assertEquals(List.of(new ExactCounts.Step(1, "bulk_opened", 4), new ExactCounts.Step(2, "bulk_saved", 3)), bulk.funnel());
            assertEquals(1L, bulk.abandoned());
            assertEquals("bulk_opened 4 → bulk_saved 3 (75.0%) · abandoned 1 (14.3% of active people)", bulk.funnelLine());
            // 0.5, 0.5 and 2 days: the median is the middle one, p75 interpolates 0.5 + 0.5 × 1.5.
            assertEquals(new ExactCounts.FirstUse(3, 0.5, 1.25, 1.0, 0), bulk.timeToFirstUse());
            assertEquals(new ExactCounts.FirstUse(2, 1.25, 1.625, 1.0, 0), bulk.targetTimeToFirstUse());
            assertEquals("median 0.5 days, p75 1.3 days, 100% within 7 days", bulk.timeToFirstUse().describe());
        }
    }

    @Test
    void aFeatureLaunchedBeforeTheExtractWithoutTargetsOrFunnelShowsOnlyWhatTheClusterCounted() throws IOException {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.full(dir), Progress.NONE);
            ExactCounts views = services.clusterFigures().counts("saved-views").orElseThrow();
            assertEquals(new ExactCounts.Cell("target", 9, 4), views.targetAudience());
            assertEquals(List.of(new ExactCounts.Cell("(none)", 4, 1), new ExactCounts.Cell("smb", 5, 3)), views.bySegment());
            assertEquals(List.of(), views.byPlan());
            assertEquals(List.of(), views.funnel());
            assertNull(views.abandoned());
            assertEquals("", views.funnelLine());
            // Launched before the data starts: every adopter's first use may predate it, so none is measured.
            assertEquals("no adopters to measure; leaves out 4 whose first use may predate the data", views.timeToFirstUse().describe());
            assertEquals(List.of(), services.clusterFigures().metrics(new FeatureDefinitions(workspace).find("saved-views").orElseThrow()));
        }
    }

    @Test
    void successMetricsAggregatesReadAsTheClusterCountedThem() throws IOException {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.full(dir), Progress.NONE);
            List<ExactMetric> metrics = services.clusterFigures().metrics(new FeatureDefinitions(workspace).find("bulk-edit").orElseThrow());
            assertEquals(List.of("Edit time (mean per event), counted exactly on the cluster over everyone: adopters 50.00 → 30.00 (-40.0%),"
                    + " everyone else 50.00 → 45.00 (-10.0%)",
                    "Bulk tickets, counted exactly on the cluster: 3 tickets in the 3 days before launch (1.00 a day), 1 in the 3 days"
                    + " since (0.33 a day)"), metrics.stream().map(ExactMetric::sentence).toList());
            assertEquals(30.0, metrics.get(0).value("adopters/after"), 1e-12);
        }
    }

    @Test
    void anOlderJobsExtractKeepsTheKindsItLacksEmptyNotZero() throws IOException {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.folder(dir, 1), Progress.NONE);
            ExactCounts bulk = services.clusterFigures().counts("bulk-edit").orElseThrow();
            assertNull(bulk.targetAudience());
            assertNull(bulk.targetTimeToFirstUse());
            assertEquals(List.of(), bulk.byPlan());
            assertEquals(List.of(), bulk.byPlatform());
            assertTrue(bulk.hasBreakdowns());
            assertEquals(new ExactCounts.FirstUse(3, 0.5, 1.25, 1.0, 1), bulk.timeToFirstUse());
            assertEquals(List.of(), services.clusterFigures().metrics(new FeatureDefinitions(workspace).find("bulk-edit").orElseThrow()));
        }
    }
}
