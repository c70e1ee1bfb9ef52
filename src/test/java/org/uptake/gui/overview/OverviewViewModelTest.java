package org.uptake.gui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.extract.HandBuiltExtract;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/** The Overview's view model without a stage: where the data came from, said only when it came from a Spark extract. */
class OverviewViewModelTest {

    @TempDir
    Path temp;

    private static OverviewViewModel viewModel(Workspace workspace, RecordingNotifier notifier) {
        return new OverviewViewModel(new OverviewQueries(workspace), new KeptOriginals(workspace), workspace.importsFolder(),
                files -> { }, null, new SynchronousTaskExecutor(), notifier);
    }

    @Test
    void anExtractsClusterDateAndSampleAreSaid() throws Exception {
        RecordingNotifier notifier = new RecordingNotifier();
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            new Importer(workspace).importFolder(HandBuiltExtract.folder(temp, 1), Progress.NONE);
            OverviewViewModel model = viewModel(workspace, notifier);
            model.refresh();
            assertEquals("From an extract of cluster yarn-prod (made 2026-11-20, data 2026-05-01 – 2026-05-06): 2 of 10 people"
                    + " sampled (20.0%); adoption, its breakdowns, funnel steps, time to first use and success metrics'"
                    + " totals are counted exactly over everyone, every other figure comes from the sample.",
                    model.originProperty().get());
            assertEquals(List.of(), notifier.told());
        }
    }

    @Test
    void rawFilesSayNothingAboutAnExtract() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Path events = Files.writeString(temp.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-05-05T10:00:00Z,open\n");
            Importer importer = new Importer(workspace);
            importer.importFile(importer.plan(events), Progress.NONE);
            OverviewViewModel model = viewModel(workspace, new RecordingNotifier());
            model.refresh();
            assertEquals("", model.originProperty().get());
        }
    }
}
