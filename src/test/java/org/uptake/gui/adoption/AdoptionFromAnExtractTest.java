package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.extract.HandBuiltExtract;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The Adoption screen on data from a sampled Spark extract: the cluster's exact count beside the sample's estimate. */
class AdoptionFromAnExtractTest {

    @TempDir
    Path temp;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    private AdoptionViewModel viewModel(WorkspaceServices services) {
        return new AdoptionViewModel(services.adoption(), new SynchronousTaskExecutor(), notifier, feature, ExportTo.cancel(),
                services.clusterFigures(), services.featureVersions());
    }

    @Test
    void theExactCountIsShownBesideTheSamplesAndSaysWhenTheDatesNarrowOnlyTheSample() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.folder(temp, 1), Progress.NONE);
            AdoptionViewModel vm = viewModel(services);
            feature.set(new FeatureQueries(workspace).list().get(0));

            assertEquals(0.5, vm.resultProperty().get().summary().adoptionRate(), 1e-12);
            String exact = "Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people"
                    + " adopted it (42.9%). Figures not marked as counted exactly come from a sample of 2 people (20.0% of everyone): 1 of 2 sampled"
                    + " active people adopted it: 50% (95% interval 11%–89%).";
            assertEquals(exact, vm.extractNoteProperty().get());

            vm.fromProperty().set(LocalDate.of(2026, 5, 6));
            // On 6 May only u2 (who opened but never saved) was active in the sample.
            assertEquals(exact.replace("1 of 2 sampled active people adopted it: 50% (95% interval 11%–89%).",
                    "0 of 1 sampled active people adopted it: 0% (95% interval 0%–75%).")
                    + " (The exact count is for the whole period, not the dates chosen.)", vm.extractNoteProperty().get());
            assertEquals(List.of(), notifier.told());
        }
    }

    @Test
    void breakdownsFunnelAndTimeToFirstUseComeFromTheClusterAndTheRestSaysItIsTheSamples() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.full(temp), Progress.NONE);
            AdoptionViewModel vm = viewModel(services);
            feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("bulk-edit")).findFirst().orElseThrow());

            ExtractBlocks blocks = vm.blocksProperty().get();
            assertSame(vm.resultProperty().get(), blocks.shown());
            assertEquals("Counted exactly on the cluster.", blocks.breakdownLabel());
            // The cluster's 7 active people, not the sample's 2.
            assertEquals(List.of("segment|(none)|2|1|50.0%", "segment|smb|5|2|40.0%", "plan|free|3|0|0.0%", "plan|pro|4|3|75.0%",
                    "role|admin|7|3|42.9%", "main platform|ios|1|0|0.0%", "main platform|web|6|3|50.0%"),
                    blocks.breakdownRows().stream().map(r -> String.join("|", r)).toList());
            assertEquals("Funnel steps counted exactly on the cluster (7-day window): bulk_opened 4 → bulk_saved 3 (75.0%) · abandoned 1"
                    + " (14.3% of active people). The chart is from a sample of 2 people (20.0%).", blocks.funnelLine());
            assertEquals(List.of("0.5 days", "p75 1.3 days · 100% within 7 days · smb: median 1.3 days · counted exactly on the cluster"),
                    List.of(blocks.timeToFirstUseValue(), blocks.timeToFirstUseDetail()));
            assertEquals(List.of("1", "14.3% of active people entered and never finished · counted exactly on the cluster"),
                    List.of(blocks.abandonedValue(), blocks.abandonedDetail()));
            // u1 used it once: surface, not power. Reverted, stopped and depth need each person's events: the sample's, with the interval its size allows.
            assertEquals("undid it within 24 h of adopting: 0 of 1 sampled adopters: 0.0% (95% interval 0.0%–75.4%)", blocks.revertedDetail());
            assertEquals("adopted, active, no use in the last 14 days: 0 of 1 sampled adopters: 0.0% (95% interval 0.0%–75.4%)",
                    blocks.stoppedDetail());
            assertEquals("From a sample of 2 people (20.0%): power users 0 of 1 sampled adopters: 0.0% (95% interval 0.0%–75.4%).",
                    blocks.depthLabel());

            vm.fromProperty().set(LocalDate.of(2026, 5, 6));
            assertEquals("Counted exactly on the cluster, whole period (not the dates chosen).", vm.blocksProperty().get().breakdownLabel());
            assertEquals(List.of(), notifier.told());
        }
    }

    @Test
    void anOlderExtractWithoutPlanRoleOrPlatformTakesThemFromTheSampleAndSaysSo() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(HandBuiltExtract.folder(temp, 1), Progress.NONE);
            AdoptionViewModel vm = viewModel(services);
            feature.set(new FeatureQueries(workspace).list().get(0));
            ExtractBlocks blocks = vm.blocksProperty().get();
            assertEquals("Counted exactly on the cluster; plan, role, main platform from a sample of 2 people (20.0%).",
                    blocks.breakdownLabel());
            assertEquals(List.of("segment|(none)|2|1|50.0%", "segment|smb|5|2|40.0%"),
                    blocks.breakdownRows().stream().map(r -> String.join("|", r)).filter(r -> r.startsWith("segment")).toList());
            assertEquals("main platform|web|1|1|100.0% (sample; 95% 24.6%–100.0%)",
                    blocks.breakdownRows().stream().map(r -> String.join("|", r)).filter(r -> r.contains("web")).findFirst().orElseThrow());
        }
    }

    @Test
    void rawDataShowsNoExtractNote() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            Path features = Files.writeString(temp.resolve("features.json"), "[{\"key\":\"notes\",\"name\":\"Notes\","
                    + "\"launchedAt\":\"2026-05-01\",\"adoption\":{\"event\":\"note_saved\",\"target\":0.2,\"withinDays\":30}}]");
            Path events = Files.writeString(temp.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-05-05T10:00:00Z,note_saved\n");
            services.importer().importFile(services.importer().plan(features), Progress.NONE);
            services.importer().importFile(services.importer().plan(events), Progress.NONE);
            AdoptionViewModel vm = viewModel(services);
            feature.set(new FeatureQueries(workspace).list().get(0));
            assertEquals(1, vm.resultProperty().get().summary().adopters());
            assertEquals("", vm.extractNoteProperty().get());
            assertNull(vm.blocksProperty().get());
        }
    }
}
