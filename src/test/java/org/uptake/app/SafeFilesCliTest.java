package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never loses a workspace's files and never writes an export over something. */
class SafeFilesCliTest {

    @TempDir
    Path temp;

    private Path workspace() throws Exception {
        Path folder = temp.resolve("ws");
        assertEquals(0, CliRun.of("init", folder.toString()).exitCode());
        Path monday = Files.writeString(temp.resolve("monday.csv"), "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n");
        CliRun imported = CliRun.of("import", folder.toString(), monday.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return folder;
    }

    @Test
    void infoRefusesAnEmptyDatabaseWithOneLineAndKeepsTheOriginals() throws Exception {
        Path folder = workspace();
        Files.write(folder.resolve("workspace.mv.db"), new byte[0]);

        CliRun info = CliRun.of("info", folder.toString());

        assertEquals(1, info.exitCode());
        assertEquals(1, info.err().strip().lines().count(), info.err());
        assertTrue(info.err().startsWith("uptake: The database of workspace 'ws' (" + folder.toAbsolutePath().resolve("workspace.mv.db")
                + ") is empty (0 bytes), so it cannot be opened; nothing was changed."), info.err());
        assertEquals(0, Files.size(folder.resolve("workspace.mv.db")));
        assertTrue(Files.isRegularFile(folder.resolve("imports/1-monday.csv")));
    }

    @Test
    void infoListsTheKeptFilesARestoredDatabaseDoesNotKnowAndHowToImportThem() throws Exception {
        Path folder = workspace();
        Path backup = Files.copy(folder.resolve("workspace.mv.db"), temp.resolve("backup.mv.db"));
        Path tuesday = Files.writeString(temp.resolve("tuesday.csv"), "user_id,timestamp,event\nu2,2026-03-04T10:00:00Z,open\n");
        assertEquals(0, CliRun.of("import", folder.toString(), tuesday.toString()).exitCode());
        Files.copy(backup, folder.resolve("workspace.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        CliRun info = CliRun.of("info", folder.toString());

        assertEquals(0, info.exitCode(), info.err());
        Path imports = folder.toAbsolutePath().resolve("imports");
        assertTrue(info.out().contains("Kept files the database does not know (1): a restored backup or an unfinished import left them in "
                + imports + ".\nImport them again with:\n  uptake import " + folder.toAbsolutePath() + " " + imports.resolve("2-tuesday.csv")),
                info.out());
        CliRun json = CliRun.of("info", folder.toString(), "--json");
        assertEquals(List.of("2-tuesday.csv"), List.of(new ObjectMapper().readTree(json.out()).get("keptNotInDatabase").get(0).asText()));

        CliRun again = CliRun.of("import", folder.toString(), imports.resolve("2-tuesday.csv").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(CliRun.of("info", folder.toString(), "--json").out().contains("\"keptNotInDatabase\" : [ ]"));
    }

    @Test
    void infoVerifyChecksEveryKeptOriginalAndExitsOneWhenOneChanged() throws Exception {
        Path folder = workspace();
        CliRun fine = CliRun.of("info", folder.toString(), "--verify");
        assertEquals(0, fine.exitCode(), fine.err());
        assertTrue(fine.out().endsWith("Kept originals checked: 1, 1 match their checksum\n"), fine.out());

        Files.writeString(folder.resolve("imports/1-monday.csv"), "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,edited\n");
        CliRun changed = CliRun.of("info", folder.toString(), "--verify");

        assertEquals(1, changed.exitCode());
        assertTrue(changed.out().endsWith("Kept originals checked: 1, 0 match their checksum\n  1-monday.csv (import 1): changed since it was imported\n"),
                changed.out());
        assertEquals("uptake: 1 kept original(s) in " + folder.toAbsolutePath().resolve("imports") + " changed or missing (see above).",
                changed.err().strip());
    }

    @Test
    void exportsNeverLandOnTheDatabaseOrOverAnExistingFile() throws Exception {
        Path folder = workspace();
        Path db = folder.resolve("workspace.mv.db");
        byte[] before = Files.readAllBytes(db);

        CliRun pdf = CliRun.of("impact", folder.toString(), "--feature", "any", "--pdf", db.toString());
        assertEquals(1, pdf.exitCode());
        assertTrue(pdf.err().startsWith("uptake: " + db.toAbsolutePath() + " is inside the workspace folder"), pdf.err());
        assertArrayEquals(before, Files.readAllBytes(db));
        for (List<String> args : List.of(List.of("portfolio", folder.toString(), "--csv", db.toString(), "--force"),
                List.of("struggles", folder.toString(), "--feature", "any", "--bug-report", folder.resolve("imports/bugs.md").toString()),
                List.of("onboarding", folder.toString(), "--feature", "any", "export", "--out", folder.resolve("ideas.json").toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), args.toString());
            assertTrue(run.err().contains("is inside the workspace folder"), run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(db));

        Path existing = Files.writeString(temp.resolve("figures.csv"), "kept");
        CliRun csv = CliRun.of("impact", folder.toString(), "--feature", "any", "--csv", existing.toString());
        assertEquals(1, csv.exitCode());
        assertEquals("uptake: " + existing.toAbsolutePath() + " already exists; choose another name, or allow replacing it (--force).",
                csv.err().strip());
        assertEquals("kept", Files.readString(existing));

        CliRun forced = CliRun.of("portfolio", folder.toString(), "--csv", existing.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("feature,name,launched_at,as_of,priority,flag,why,adoption_rate,audience,all_active_rate,pace,target,caveat,impact,"
                + "impact_confidence,struggle_share,struggle_trend,trend,feedback_loop_days,feedback_loop,target_against_achieved",
                Files.readString(existing).strip());
    }
}
