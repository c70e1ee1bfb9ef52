package org.uptake.gui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.workspace.Workspace;

/** Files dropped on the wizard: folders are read as the CLI reads them; a drop during a running import is refused aloud. */
class ImportDropsTest {

    @TempDir
    Path temp;

    @Test
    void aDroppedFolderAddsEveryFileUnderItButTheSampleTruthReadmesAndHiddenFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("export/sub"));
        Files.writeString(temp.resolve("export/people.csv"), "user_id,segment\nu1,smb\n");
        Files.writeString(folder.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n");
        Files.writeString(temp.resolve("export/truth.json"), "{}");
        Files.writeString(temp.resolve("export/README.md"), "# notes");
        Files.writeString(temp.resolve("export/.DS_Store"), "x");
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportViewModel model = new ImportViewModel(new Importer(workspace), new SynchronousTaskExecutor(),
                    new org.uptake.gui.common.RecordingNotifier(), () -> { }, org.uptake.gui.common.ExportTo.cancel());
            model.addFiles(List.of(temp.resolve("export")));
            assertEquals(List.of("people.csv", "events.csv"), model.files().stream().map(FileEntry::name).toList());
            assertEquals(List.of("people · Uptake canonical", "events · Uptake canonical"),
                    model.files().stream().map(f -> f.statusProperty().get()).toList());
        }
    }

    @Test
    void aDropDuringARunningImportIsRefusedWithAMessageAndAddsNothing() throws Exception {
        Path first = Files.writeString(temp.resolve("people.csv"), "user_id,segment\nu1,smb\n");
        Path late = Files.writeString(temp.resolve("late.csv"), "user_id,segment\nu2,smb\n");
        HeldImport executor = new HeldImport();
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            ImportViewModel model = new ImportViewModel(new Importer(workspace), executor,
                    new org.uptake.gui.common.RecordingNotifier(), () -> { }, org.uptake.gui.common.ExportTo.cancel());
            model.addFiles(List.of(first));
            model.next();
            model.next();
            model.next();
            assertEquals(List.of(ImportViewModel.Step.IMPORTING, 1), List.of(model.stepProperty().get(), executor.held.size()));

            model.addFiles(List.of(late));

            assertEquals(List.of("people.csv"), model.files().stream().map(FileEntry::name).toList());
            assertEquals("late.csv was not added: an import is running. Drop it again when it ends.", model.messageProperty().get());
        }
    }

    /** Runs every job at once except the import itself, which it holds: the import is "running" while the test drops. */
    private static final class HeldImport implements TaskExecutor {
        private final SynchronousTaskExecutor now = new SynchronousTaskExecutor();
        final List<BackgroundJob<?>> held = new ArrayList<>();

        @Override
        public <T> RunningJob submit(BackgroundJob<T> job) {
            if (job.title().equals("Importing")) {
                held.add(job);
                return new RunningJob() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
            return now.submit(job);
        }

        @Override
        public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        }
    }
}
