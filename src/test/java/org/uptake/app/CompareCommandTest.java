package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.ComparePeriodsTest;

/** {@code --compare} on adoption, funnel and struggles, and {@code adoption --cross}, on {@link ComparePeriodsTest}'s workspace. */
class CompareCommandTest {

    @TempDir
    Path temp;

    private String ws;

    @BeforeEach
    void build() throws Exception {
        ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        Path files = Files.createDirectory(temp.resolve("files"));
        Files.writeString(files.resolve("features.json"), ComparePeriodsTest.FEATURES);
        Files.writeString(files.resolve("people.csv"), ComparePeriodsTest.PEOPLE);
        Files.writeString(files.resolve("events.csv"), ComparePeriodsTest.EVENTS);
        Files.writeString(files.resolve("tickets.csv"), ComparePeriodsTest.TICKETS);
        CliRun imported = CliRun.of("import", ws, files.toString());
        assertEquals(0, imported.exitCode(), imported.err());
    }

    private JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void adoptionComparisonJsonCarriesBothWindowsAndTheDifference() throws Exception {
        JsonNode c = json("adoption", ws, "--feature", "reports", "--compare", "previous", "--json");
        assertEquals("2026-02-15", c.at("/current/from").asText());
        assertEquals("2026-02-14", c.at("/other/to").asText());
        assertEquals(4, c.at("/adoption/current/count").asInt());
        assertEquals(6, c.at("/adoption/current/of").asInt());
        assertEquals(2, c.at("/adoption/other/count").asInt());
        assertEquals(2 / 6.0, c.at("/adoption/difference").asDouble(), 1e-12);
        assertTrue(c.at("/adoption/low").asDouble() < c.at("/adoption/difference").asDouble());
        assertEquals(2, c.at("/funnelConversion/current/count").asInt());
    }

    @Test
    void funnelAndStrugglesCompareAnyTwoWindows() throws Exception {
        JsonNode f = json("funnel", ws, "--feature", "reports", "--from", "2026-02-15", "--compare", "2026-02-01..2026-02-14", "--json");
        assertEquals(1, f.at("/conversion/other/count").asInt());
        assertEquals(3, f.at("/conversion/other/of").asInt());
        assertEquals("export_done", f.at("/steps/0/name").asText());
        JsonNode s = json("struggles", ws, "--feature", "reports", "--compare", "previous", "--json");
        assertEquals(3, s.at("/struggleShare/current/count").asInt());
        assertEquals(1, s.at("/ticketRate/other/count").asInt());
        assertEquals(6, s.at("/ticketRate/other/of").asInt());
    }

    @Test
    void theTextSaysWhatEachWindowHolds() {
        CliRun run = CliRun.of("adoption", ws, "--feature", "reports", "--compare", "previous");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("adoption             66.7% (4 of 6)             33.3% (2 of 6)             +33.3 points (95% CI"),
                run.out());
    }

    @Test
    void aBadWindowIsBadUsage() {
        CliRun run = CliRun.of("adoption", ws, "--feature", "reports", "--compare", "last-week");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--compare is 'previous' or YYYY-MM-DD..YYYY-MM-DD, not 'last-week'"), run.err());
        assertTrue(run.err().contains("try uptake adoption --help"), run.err());
        CliRun reversed = CliRun.of("struggles", ws, "--feature", "reports", "--compare", "2026-02-14..2026-02-01");
        assertEquals(2, reversed.exitCode());
        assertTrue(reversed.err().contains("--compare 2026-02-14..2026-02-01: A period ends on or after it starts"), reversed.err());
    }

    @Test
    void crossPrintsThePivot() throws Exception {
        JsonNode x = json("adoption", ws, "--feature", "reports", "--cross", "segment,plan", "--json");
        assertEquals("smb", x.at("/cells/3/row").asText());
        assertEquals("pro", x.at("/cells/3/column").asText());
        assertEquals(3, x.at("/cells/3/activePeople").asInt());
        assertEquals(2, x.at("/cells/3/adopters").asInt());
        CliRun bad = CliRun.of("adoption", ws, "--feature", "reports", "--cross", "segment,colour");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("Cannot break adoption down by 'colour'"), bad.err());
    }
}
