package org.uptake.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.FeaturePeople;
import org.uptake.adoption.LaunchCurve;
import org.uptake.adoption.TargetHistory;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** {@code uptake sample --past-launches}: three earlier launches whose curves the pipeline recovers, and no other figure moves. */
class PastLaunchesSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void thePipelineRecoversThePlantedCurvesOfThePastLaunches() throws Exception {
        SampleOptions options = new SampleOptions(400, SampleOptions.DEFAULT_DAYS, 7, false);
        Path with = temp.resolve("with");
        Path without = temp.resolve("without");
        new SampleGenerator(options, true).writeTo(with, Progress.NONE);
        new SampleGenerator(options).writeTo(without, Progress.NONE);
        JsonNode truth = JSON.readTree(with.resolve("truth.json").toFile());
        JsonNode plain = JSON.readTree(without.resolve("truth.json").toFile());
        for (String part : List.of("features", "story", "accounts")) {
            assertEquals(plain.get(part), truth.get(part), part + " do not move when past launches are added");
        }

        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            new Importer(workspace).importFolder(with, Progress.NONE);
            TargetHistory history = new TargetHistory(workspace, FeaturePeople.cache(workspace));
            List<LaunchCurve> launches = history.launches();
            Map<String, LaunchCurve> byKey = launches.stream().collect(Collectors.toMap(LaunchCurve::featureKey, c -> c));
            List<Double> at30 = new ArrayList<>();
            for (JsonNode planted : truth.get("pastLaunches")) {
                LaunchCurve curve = byKey.get(planted.get("key").asText());
                for (int i = 0; i < LaunchCurve.HORIZONS.size(); i++) {
                    JsonNode expected = planted.get("curve").get(i);
                    LaunchCurve.Point actual = curve.overall().get(i);
                    String where = curve.featureKey() + " day " + actual.day();
                    assertEquals(expected.get("active").asInt(), actual.active(), where + " active");
                    assertEquals(expected.get("adopters").asInt(), actual.adopters(), where + " adopters");
                    assertEquals(expected.get("rate").isNull() ? null : expected.get("rate").asDouble(), actual.rate(), where + " rate");
                }
                at30.add(curve.at(30).rate());
            }
            // Scheduled exports (launched 19 January) is history too; dashboard customization (two weeks) and saved views
            // (launched before the data) are not.
            assertEquals(List.of("report-comments", "csv-import", "scheduled-exports", "metric-alerts"),
                    history.past(launches).stream().map(LaunchCurve::featureKey).toList());
            assertEquals(3, at30.stream().distinct().count(), "the three launches adopted differently: " + at30);
            assertTrue(history.advise("dashboard-customization", null, null).median() != null, "enough history to suggest a target");
        }
    }
}
