package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake features}: the list with versions, a changed definition kept as version 2 (and
 * stated by adoption and struggles, in JSON and in text), and export then import into a new workspace without loss.
 * Two features unlike the sample: one launched before the data starts with no target segments, one
 * with every optional field.
 */
class FeaturesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FEATURES = """
            [{"key":"bulk-export","name":"Bulk export","launchedAt":"2025-12-01",
              "adoption":{"event":"export_done","target":0.2,"withinDays":30}},
             {"key":"smart-filters","name":"Smart filters","launchedAt":"2026-03-02","problem":"Lists are long",
              "targetSegments":["smb"],"adoption":{"event":"filter_saved","target":0.25,"withinDays":14},
              "funnel":["filter_opened","filter_saved"],"revertEvent":"filter_cleared","legacyEvents":["search_typed"],
              "usageEvents":["filter_applied"],
              "successMetrics":[{"name":"Search time","event":"search_typed","property":"ms","better":"lower"},
                                {"name":"Filter tickets","ticketTags":["filters"],"better":"lower"}],
              "brief":"briefs/smart-filters.md","rageClickIgnore":["zoom"]}]
            """;

    @Test
    void changesAreVersionsAndExportImportsBackWithoutLoss(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("features.json"), FEATURES);
        Files.writeString(temp.resolve("events.csv"), """
                user_id,timestamp,event,platform
                u1,2026-03-01T08:00:00Z,export_done,web
                u2,2026-03-03T09:00:00Z,filter_opened,web
                u2,2026-03-03T09:01:00Z,filter_saved,web
                """);
        String ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        for (String file : List.of("features.json", "events.csv")) {
            CliRun run = CliRun.of("import", ws, temp.resolve(file).toString());
            assertEquals(0, run.exitCode(), run.err());
        }

        CliRun list = CliRun.of("features", ws, "list", "--json");
        assertEquals(0, list.exitCode(), list.err());
        assertEquals(JSON.readTree("""
                [{"key":"bulk-export","name":"Bulk export","launchedAt":"2025-12-01","definitionVersion":1},
                 {"key":"smart-filters","name":"Smart filters","launchedAt":"2026-03-02","definitionVersion":1}]
                """), JSON.readTree(list.out()));

        Files.writeString(temp.resolve("features-v2.json"), FEATURES.replace("\"target\":0.25", "\"target\":0.4")
                .replace("\"Lists are long\"", "\"Lists are very long\""));
        CliRun changed = CliRun.of("features", ws, "import", temp.resolve("features-v2.json").toString(), "--json");
        assertEquals(0, changed.exitCode(), changed.err());
        assertEquals(JSON.readTree("""
                {"file":"features-v2.json","defined":1,"unchanged":1,"refused":0,"reasons":[]}
                """), JSON.readTree(changed.out()));

        JsonNode shown = JSON.readTree(CliRun.of("features", ws, "show", "smart-filters", "--json").out());
        assertEquals(2, shown.get("definitionVersion").asInt());
        assertEquals(0.4, shown.at("/definition/adoption/target").asDouble());
        assertEquals("defined (features.json)", shown.at("/history/0/whatChanged").asText());
        assertEquals("problem, adoption (features-v2.json)", shown.at("/history/1/whatChanged").asText());
        assertEquals(System.getProperty("user.name"), shown.at("/history/1/changedBy").asText());

        CliRun adoptionRun = CliRun.of("adoption", ws, "--feature", "smart-filters", "--json");
        assertEquals(0, adoptionRun.exitCode(), adoptionRun.err() + adoptionRun.out());
        JsonNode adoption = JSON.readTree(adoptionRun.out());
        assertEquals(2, adoption.get("definitionVersion").asInt());
        JsonNode struggles = JSON.readTree(CliRun.of("struggles", ws, "--feature", "bulk-export", "--json").out());
        assertEquals(1, struggles.get("definitionVersion").asInt());
        // The text says it too, with the day the definition was saved.
        String adoptionText = CliRun.of("adoption", ws, "--feature", "smart-filters").out().lines().findFirst().orElseThrow();
        assertTrue(adoptionText.matches("Smart filters — 2026-03-02 to 2026-03-03 \\(.*\\) · definition v2, \\d{1,2} [A-Z][a-z]{2} \\d{4}"),
                adoptionText);
        CliRun strugglesRun = CliRun.of("struggles", ws, "--feature", "bulk-export");
        assertEquals(0, strugglesRun.exitCode(), strugglesRun.err());
        String strugglesText = strugglesRun.out().lines().findFirst().orElseThrow();
        assertTrue(strugglesText.matches("Bulk export — struggles from .* · definition v1, \\d{1,2} [A-Z][a-z]{2} \\d{4}"), strugglesText);

        Path exported = temp.resolve("exported.json");
        CliRun export = CliRun.of("features", ws, "export", "--out", exported.toString());
        assertEquals(0, export.exitCode(), export.err());
        String other = temp.resolve("other").toString();
        assertEquals(0, CliRun.of("init", other).exitCode());
        CliRun imported = CliRun.of("features", other, "import", exported.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CliRun again = CliRun.of("features", other, "export");
        assertEquals(Files.readString(exported), again.out(), "export, import, export gives the same file");
        JsonNode expected = JSON.readTree(FEATURES.replace("\"target\":0.25", "\"target\":0.4")
                .replace("\"Lists are long\"", "\"Lists are very long\""));
        JsonNode roundTripped = JSON.readTree(again.out());
        assertEquals(expected, roundTripped, "every field of both definitions, in launch order");
    }

    @Test
    void badActionsAreUsageErrorsAndAnUnknownKeyFails(@TempDir Path temp) {
        String ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        CliRun bad = CliRun.of("features", ws, "frobnicate");
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("uptake: unknown action 'frobnicate': use list, show, export or import", "try uptake features --help"),
                bad.err().lines().toList());
        CliRun missing = CliRun.of("features", ws, "show", "nope");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("uptake: No feature 'nope' in this workspace"), missing.err());
    }
}
