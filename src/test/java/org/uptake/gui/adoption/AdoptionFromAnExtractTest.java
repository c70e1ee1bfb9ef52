package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        }
    }
}
