package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.RetentionTest;
import org.uptake.adoption.TargetHistoryTest;

/** {@code uptake targets} and {@code uptake adoption --retention} on the hand-built workspaces of their analyses' tests. */
class TargetsAndRetentionCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String workspace(String... files) throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(data.resolve(files[i]), files[i + 1]);
        }
        String ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        CliRun imported = CliRun.of("import", ws, data.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return ws;
    }

    @Test
    void targetsPlacesAFeaturesTargetAmongThePastLaunchesAndListsTargetAgainstAchieved() throws Exception {
        String ws = workspace("features.json", TargetHistoryTest.FEATURES, "people.csv", TargetHistoryTest.PEOPLE, "events.csv",
                TargetHistoryTest.EVENTS);
        CliRun run = CliRun.of("targets", ws, "--feature", "delta", "--target", "0.45");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("45% is more ambitious than 1 of your 3 past launches at 30 days."), run.out());
        assertTrue(run.out().contains("Suggested at 30 days: 50.0% (median), 50.0% (75th percentile)."), run.out());
        assertTrue(run.out().contains("Alpha                        launched 2026-01-05  target 50% in 30 days; achieved 50.0%"), run.out());
        assertTrue(run.out().contains("Old                          launched 2025-12-01  target 10% in 30 days; achieved unknown (launched before"
                + " the data starts)"), run.out());
        // Since 6 March: p5 (7th) and p4 (10th) adopt, p1 is active on the 16th.
        assertTrue(run.out().contains("Delta                        launched 2026-03-06  target 40% in 30 days; so far 66.7% at day 10"),
                run.out());

        JsonNode json = JSON.readTree(CliRun.of("targets", ws, "--feature", "delta", "--horizon", "60", "--json").out());
        assertEquals(List.of("alpha", "beta", "gamma"), texts(json.get("pastLaunches")));
        JsonNode gamma = json.get("launches").get(3);
        assertEquals("gamma", gamma.get("featureKey").asText());
        assertTrue(gamma.at("/overall/3/rate").isNull(), "day 60 of gamma is censored, not 0");
        assertEquals(0.4, gamma.at("/overall/2/rate").asDouble());
        assertEquals(2, json.at("/advice/launches").size());
        assertTrue(json.at("/advice/median").isNull());
    }

    @Test
    void aTargetOutsideZeroToOneIsBadUsage() throws Exception {
        String ws = workspace("features.json", TargetHistoryTest.FEATURES, "people.csv", TargetHistoryTest.PEOPLE, "events.csv",
                TargetHistoryTest.EVENTS);
        CliRun run = CliRun.of("targets", ws, "--feature", "delta", "--target", "40");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--target is a share between 0 and 1, such as 0.25 (got 40.0)"), run.err());
        assertTrue(run.err().contains("try uptake targets --help"), run.err());
        CliRun wrongHorizon = CliRun.of("targets", ws, "--feature", "delta", "--horizon", "45");
        assertEquals(1, wrongHorizon.exitCode());
        assertEquals("uptake: --horizon must be one of [7, 14, 30, 60, 90] days (got 45)", wrongHorizon.err().strip());
    }

    @Test
    void adoptionWithRetentionAddsTheCohortTriangleAndStickiness() throws Exception {
        String ws = workspace("features.json", RetentionTest.FEATURES, "events.csv", RetentionTest.EVENTS);
        JsonNode json = JSON.readTree(CliRun.of("adoption", ws, "--feature", "charts", "--retention", "--json").out());
        assertEquals(7, json.get("adopters").asInt(), "the adoption's own keys stay at the top");
        assertEquals(List.of("3", "1", "2", "null"), texts(json.at("/retention/cohorts/0/retained")));
        assertEquals(0.6, json.at("/retention/weeks/1/stickiness").asDouble());

        CliRun text = CliRun.of("adoption", ws, "--feature", "charts", "--retention");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("  2026-03-02        3  100%   33%   67%      "), text.out());
        assertTrue(text.out().contains("Stickiness (adopters using it that week ÷ adopters so far): 2026-03-02 100% · 2026-03-09 60% · 2026-03-16 67%"),
                text.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
