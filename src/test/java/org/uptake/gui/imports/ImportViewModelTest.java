package org.uptake.gui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.workspace.Workspace;

/** The import wizard's view model without a stage: its steps on one events file with a bad row, and the quarantine export. */
class ImportViewModelTest {

    static final String EVENTS = """
            user_id,timestamp,event,platform
            a1,2026-02-01T10:00:00Z,opened,web
            a2,not a time,opened,web
            a3,2026-02-02T10:00:00Z,opened,ios
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private int imports;

    @BeforeEach
    void open() {
        workspace = Workspace.create(temp.resolve("ws"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportViewModel viewModel(ExportTo target) {
        return new ImportViewModel(new Importer(workspace), new SynchronousTaskExecutor(), notifier, () -> imports++, target);
    }

    @Test
    void aFileGoesThroughTheStepsAndItsBadRowIsQuarantined() throws Exception {
        ImportViewModel vm = viewModel(ExportTo.cancel());
        assertEquals("Drop export files here, or add them with the button.", vm.blocker());
        vm.addFiles(List.of(Files.writeString(temp.resolve("clicks.csv"), EVENTS)));
        assertEquals(ImportViewModel.Step.FILES, vm.stepProperty().get());
        assertEquals("", vm.blocker());

        vm.next();
        assertEquals(ImportViewModel.Step.COLUMNS, vm.stepProperty().get());
        vm.next();
        assertEquals(ImportViewModel.Step.CHECK, vm.stepProperty().get());
        vm.next();

        assertEquals(ImportViewModel.Step.RESULT, vm.stepProperty().get());
        FileEntry entry = vm.files().get(0);
        assertEquals(List.of(2L, 1L), List.of(entry.resultProperty().get().imported(), entry.resultProperty().get().quarantined()));
        assertEquals("2 imported", entry.statusProperty().get());
        assertEquals(1, imports, "the window reloads its features once");
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of(), notifier.told());
    }

    @Test
    void theQuarantinedRowsAreExportedWhereTheAnalystSaid() throws Exception {
        ExportTo target = ExportTo.folder(temp.resolve("out"));
        ImportViewModel vm = viewModel(target);
        vm.exportQuarantine(null);
        vm.addFiles(List.of(Files.writeString(temp.resolve("clicks.csv"), EVENTS)));
        vm.exportQuarantine(vm.files().get(0));
        assertEquals(List.of(), target.asked(), "nothing imported yet, nothing to export");

        vm.startImport();
        vm.exportQuarantine(vm.files().get(0));

        Path csv = temp.resolve("out/quarantine-clicks.csv");
        assertEquals(List.of("Export quarantined rows | quarantine-clicks.csv | *.csv"), target.asked());
        assertEquals(List.of("Exported: The quarantined rows of clicks.csv written to " + csv + "."), notifier.told());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        assertEquals(true, lines.get(1).contains("not a time"), lines.get(1));
    }
}
