package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("init"), run.out());
        assertTrue(run.out().contains("info"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("init", "info", "import", "adoption", "funnel", "sample", "bench", "accounts", "account", "targets", "features")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: uptake " + command), run.out());
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals("Uptake " + Version.current(), run.out().strip());
    }

    @Test
    void initThenInfoJsonPrintsTheEmptyWorkspacesCounts() throws Exception {
        Path folder = temp.resolve("w");
        CliRun init = CliRun.of("init", folder.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertEquals("Created workspace 'w' at " + folder.toAbsolutePath(), init.out().strip());

        CliRun info = CliRun.of("info", folder.toString(), "--json");
        assertEquals(0, info.exitCode(), info.err());
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertEquals("w", json.get("workspace").asText());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), List.of(json.get("people").asLong(), json.get("accounts").asLong(),
                json.get("events").asLong(), json.get("features").asLong(), json.get("tickets").asLong()));
        assertTrue(json.get("firstEvent").isNull());
        assertEquals(0, json.get("recentImports").size());
        assertEquals("", info.err());
    }

    @Test
    void infoTextNamesEachCount() {
        Path folder = temp.resolve("w");
        CliRun.of("init", folder.toString());
        CliRun info = CliRun.of("info", folder.toString());
        assertEquals(0, info.exitCode());
        assertTrue(info.out().contains("People           0"), info.out());
        assertTrue(info.out().contains("Recent imports   none yet"), info.out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.of("info").exitCode());
        assertEquals(2, CliRun.of("no-such-command").exitCode());
        assertEquals(2, CliRun.of("info", "--no-such-option", temp.toString()).exitCode());
    }

    @Test
    void badUsageSaysWhatIsWrongAndWhereToReadMoreNotTheWholeHelp() {
        CliRun missing = CliRun.of("info");
        assertEquals(List.of("uptake: Missing required parameter: '<workspace>'", "try uptake info --help"), missing.err().lines().toList());
        assertEquals("", missing.out());
        CliRun funnel = CliRun.of("funnel", temp.toString(), "--feature", "f", "--by", "colour");
        assertEquals(List.of("uptake: --by is segment, plan, role or platform; --window is a number of days like 7d",
                "try uptake funnel --help"), funnel.err().lines().toList());
        assertEquals(List.of("uptake: Unknown option: '--nope'", "try uptake bench adoption --help"),
                CliRun.of("bench", "adoption", temp.toString(), "--feature", "f", "--nope").err().lines().toList());
        assertEquals(List.of("uptake: Unmatched argument at index 0: 'no-such-command'", "try uptake --help"),
                CliRun.of("no-such-command").err().lines().toList());
    }

    @Test
    void aFailureExitsOneWithOneClearLineAndNoStackTrace() {
        CliRun run = CliRun.of("info", temp.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("uptake: " + temp.toAbsolutePath() + " is not an Uptake workspace (it has no workspace.mv.db)."
                + " Create one there with New workspace or `uptake init`."), run.err().lines().toList());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("info", temp.toString(), "--verbose");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().lines().count() > 1);
        assertTrue(run.err().contains("at org.uptake.workspace.Workspace.open"), run.err());
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(temp.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("init", temp.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("uptake: Cannot create a workspace in "), run.err());
        assertFalse(Files.exists(temp.resolve("workspace.mv.db")));
    }
}
