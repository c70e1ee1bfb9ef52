package org.uptake.gui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.extract.HandBuiltExtract;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.model.ExtractSource;
import org.uptake.workspace.ExtractStore;
import org.uptake.workspace.Workspace;

/** A Spark extract dropped on the wizard, as a folder, a zip or its manifest, imports whole: its sample, then its exact figures. */
class ExtractDropTest {

    @TempDir
    Path temp;

    private static final List<String> TABLES = List.of("features.json", "events.csv.gz", "people.csv.gz", "figures.csv.gz");

    private List<String> droppedAndImported(Path dropped) throws Exception {
        RecordingNotifier notifier = new RecordingNotifier();
        try (Workspace workspace = Workspace.create(temp.resolve("ws-" + dropped.getFileName()))) {
            ImportViewModel model = new ImportViewModel(new Importer(workspace), new SynchronousTaskExecutor(), notifier, () -> { },
                    ExportTo.cancel());
            model.addFiles(List.of(dropped));
            assertEquals(TABLES, model.files().stream().map(f -> f.planProperty().get().sniff().displayName()).toList());
            assertEquals("", model.blocker());
            model.startImport();
            assertEquals(List.of(), notifier.told());
            ExtractSource source = new ExtractStore(workspace).latest().orElseThrow();
            assertEquals(List.of("yarn-prod", "10", "2"), List.of(source.cluster(), String.valueOf(source.people()),
                    String.valueOf(source.peopleSampled())));
            return model.files().stream().map(f -> f.planProperty().get().sniff().displayName() + "=" + f.resultProperty().get().imported())
                    .sorted().toList();
        }
    }

    @Test
    void aDroppedExtractFolderImportsItsSampleAndItsFigures() throws Exception {
        Path folder = HandBuiltExtract.folder(temp, 1);
        assertEquals(List.of(folder), Importer.filesIn(List.of(folder)), "an extract's folder is read whole, through its manifest");
        assertEquals(List.of("events.csv.gz=3", "features.json=1", "figures.csv.gz=13", "people.csv.gz=2"), droppedAndImported(folder));
    }

    @Test
    void aDroppedZipOrManifestImportsTheSameExtract() throws Exception {
        assertEquals(List.of("events.csv.gz=3", "features.json=1", "figures.csv.gz=13", "people.csv.gz=2"),
                droppedAndImported(HandBuiltExtract.zip(temp)));
        assertEquals(List.of("events.csv.gz=3", "features.json=1", "figures.csv.gz=13", "people.csv.gz=2"),
                droppedAndImported(HandBuiltExtract.folder(temp.resolve("m"), 1).resolve("manifest.json")));
    }
}
