package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path temp;

    private Path workspace;

    @BeforeEach
    void init() {
        workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
    }

    @Test
    void printsTheSummaryOfEachFile() throws Exception {
        Path csv = Files.writeString(temp.resolve("events.csv"),
                "event_id,user_id,timestamp,event\ne1,u1,2026-03-03T10:00:00Z,open\ne1,u1,2026-03-03T10:00:00Z,open\ne2,,2026-03-03T10:00:00Z,open\n");
        CliRun run = CliRun.of("import", workspace.toString(), csv.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out()).get(0);
        assertEquals(List.of(3L, 1L, 1L, 1L), List.of(result.get("rowsRead").asLong(), result.get("imported").asLong(),
                result.get("duplicatesSkipped").asLong(), result.get("quarantined").asLong()));
        assertEquals("no user id", result.at("/quarantineSample/0/reason").asText());

        CliRun text = CliRun.of("import", workspace.toString(), csv.toString());
        assertTrue(text.out().startsWith("events.csv: events (Uptake canonical, CSV (comma), UTF-8) — 3 rows read, 0 imported,"
                + " 2 duplicates skipped, 1 quarantined"), text.out());
    }

    @Test
    void aFileLevelProblemExitsOneWithOneLine() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");
        CliRun run = CliRun.of("import", workspace.toString(), empty.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("uptake: empty.csv is empty: there is nothing to import."), run.err().lines().toList());
    }

    @Test
    void kindFormatAndDateOrderCanBeGiven() throws Exception {
        Path csv = Files.writeString(temp.resolve("x.csv"), "user_id,event,time\nu1,open,03/04/2026 10:00\n");
        assertEquals(1, CliRun.of("import", workspace.toString(), csv.toString()).exitCode(), "ambiguous dates need an order");
        CliRun run = CliRun.of("import", workspace.toString(), csv.toString(), "--kind", "events", "--format", "canonical",
                "--date-order", "dmy", "--tz", "Europe/Berlin", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, new ObjectMapper().readTree(run.out()).get(0).get("imported").asLong());
        assertEquals(2, CliRun.of("import", workspace.toString(), csv.toString(), "--kind", "nonsense").exitCode());
    }
}
