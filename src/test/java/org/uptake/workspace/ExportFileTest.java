package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {

    @TempDir
    Path temp;

    @Test
    void refusesEveryPathInsideTheWorkspaceButItsExportsFolder() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectories(workspace.resolve("imports"));
        for (String inside : List.of("workspace.mv.db", "imports/people.csv", "new.csv", "imports/../report.pdf")) {
            ExportRefused refused = assertThrows(ExportRefused.class, () -> ExportFile.to(workspace.resolve(inside), workspace, true));
            assertTrue(refused.getMessage().contains("is inside the workspace folder"), refused.getMessage());
        }
        assertEquals(workspace.resolve("exports/report.pdf"), ExportFile.to(workspace.resolve("exports/report.pdf"), workspace, false).path());
    }

    @Test
    void aLinkIntoTheWorkspaceIsRefusedToo() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Path link = Files.createSymbolicLink(temp.resolve("shortcut"), workspace);
        assertThrows(ExportRefused.class, () -> ExportFile.to(link.resolve("workspace.mv.db"), workspace, true));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws IOException {
        Path out = Files.writeString(temp.resolve("plan.csv"), "before");
        ExportRefused refused = assertThrows(ExportRefused.class, () -> ExportFile.to(out, null, false));
        assertTrue(refused.getMessage().endsWith("already exists; choose another name, or allow replacing it (--force)."));
        assertEquals("before", Files.readString(out));

        ExportFile.to(out, null, true).writeString("after");
        assertEquals("after", Files.readString(out));
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(temp.resolve("plan.csv"), "before");
        ExportFile export = ExportFile.to(out, null, true);
        assertThrows(IOException.class, () -> export.writeText(w -> {
            w.write("half a file");
            throw new IOException("disk full");
        }));
        assertEquals("before", Files.readString(out));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(out), files.toList());
        }
    }
}
