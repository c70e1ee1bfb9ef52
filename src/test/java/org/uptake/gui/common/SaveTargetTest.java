package org.uptake.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.ExportFile;

/** A screen's export: refused inside the workspace with the reason shown, and an existing file replaced only when confirmed. */
class SaveTargetTest {

    @TempDir
    Path temp;

    @Test
    void aPathInsideTheWorkspaceIsRefusedWithItsReason() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        List<String> told = new ArrayList<>();

        Optional<ExportFile> target = new SaveTarget(workspace).check(workspace.resolve("workspace.mv.db"), p -> true, told::add);

        assertEquals(Optional.empty(), target);
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith(workspace.resolve("workspace.mv.db") + " is inside the workspace folder"), told.get(0));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheAnalystConfirms() throws Exception {
        Path existing = Files.writeString(temp.resolve("report.csv"), "kept");
        SaveTarget saveTarget = new SaveTarget(temp.resolve("ws"));
        List<Path> asked = new ArrayList<>();

        assertEquals(Optional.empty(), saveTarget.check(existing, p -> asked.add(p) && false, m -> { }));
        Optional<ExportFile> confirmed = saveTarget.check(existing, p -> true, m -> { });
        confirmed.orElseThrow().writeString("new");

        assertEquals(List.of(existing), asked);
        assertEquals("new", Files.readString(existing));
        assertEquals(temp.resolve("fresh.csv"), saveTarget.check(temp.resolve("fresh.csv"), p -> false, m -> { }).orElseThrow().path(),
                "a new file needs no question");
    }

    @Test
    void theSaveDialogsOpenInTheWorkspacesExportsFolderWhenItExists() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        assertEquals(Optional.empty(), new SaveTarget(workspace).initialFolder(), "no exports/ yet: the dialog's own default");
        Path exports = Files.createDirectories(workspace.resolve("exports"));
        assertEquals(Optional.of(exports), new SaveTarget(workspace).initialFolder());
        assertEquals(Optional.empty(), new SaveTarget(null).initialFolder());
    }
}
