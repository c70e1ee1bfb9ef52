package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code uptake sample} writes the three past launches unless told {@code --no-past-launches}. */
class SamplePastLaunchesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theSampleHasItsPastLaunchesByDefaultAndLeavesThemOutOnRequest() throws Exception {
        // A small sample shaped unlike the committed one: 300 people, the shortest history, another seed.
        Path with = temp.resolve("with");
        Path without = temp.resolve("without");
        assertEquals(0, CliRun.of("sample", with.toString(), "--users", "300", "--days", "42", "--seed", "5").exitCode());
        assertEquals(0, CliRun.of("sample", without.toString(), "--users", "300", "--days", "42", "--seed", "5",
                "--no-past-launches").exitCode());

        JsonNode truth = JSON.readTree(with.resolve("truth.json").toFile());
        assertEquals(List.of("report-comments", "csv-import", "metric-alerts"), keys(truth.get("pastLaunches"), "key"));
        assertEquals(List.of("dashboard-customization", "scheduled-exports", "saved-views", "report-comments", "csv-import",
                "metric-alerts"), keys(JSON.readTree(with.resolve("features.json").toFile()), "key"));

        JsonNode plain = JSON.readTree(without.resolve("truth.json").toFile());
        assertFalse(plain.has("pastLaunches"));
        assertEquals(List.of("dashboard-customization", "scheduled-exports", "saved-views"),
                keys(JSON.readTree(without.resolve("features.json").toFile()), "key"));
        assertEquals(truth.get("features"), plain.get("features"), "the current features' truth does not move");
    }

    private static List<String> keys(JsonNode array, String field) {
        JsonNode items = array.isArray() ? array : array.get("features");
        List<String> keys = new ArrayList<>();
        items.forEach(n -> keys.add(n.get(field).asText()));
        return keys;
    }
}
