package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's planted truth, recovered exactly through the command line: import, then adoption and funnel. */
class SampleTruthCliTest {

    static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void adoptionAndFunnelOfEveryFeatureMatchTheTruth(@TempDir Path temp) throws Exception {
        String ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        CliRun imported = CliRun.of("import", ws, SAMPLE.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode truth = JSON.readTree(SAMPLE.resolve("truth.json").toFile());
        for (JsonNode expected : truth.get("features")) {
            CliRun run = CliRun.of("adoption", ws, "--feature", expected.get("key").asText(), "--json");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode actual = JSON.readTree(run.out());
            String key = expected.get("key").asText();
            for (String field : List.of("activePeople", "adopters", "abandoned", "reverted", "stopped")) {
                assertEquals(expected.get(field).asLong(), actual.get(field).asLong(), key + " " + field);
            }
            for (String field : List.of("adoptionRate", "target", "pace")) {
                assertEquals(expected.get(field).asDouble(), actual.get(field).asDouble(), 1e-12, key + " " + field);
            }
            for (String ttfu : List.of("/timeToFirstUse/", "/targetAudience/timeToFirstUse/")) {
                for (String field : List.of("adopters", "leftOut", "medianDays", "p75Days", "within7Days")) {
                    assertEquals(expected.at(ttfu + field).asDouble(), actual.at(ttfu + field).asDouble(), 1e-9, key + ttfu + field);
                }
            }
            assertEquals(expected.at("/targetAudience/segments").toString(), actual.at("/targetAudience/segments").toString(), key);
            for (String field : List.of("activePeople", "adopters", "adoptionRate")) {
                assertEquals(expected.at("/targetAudience/" + field).asDouble(), actual.at("/targetAudience/" + field).asDouble(), 1e-12,
                        key + " targetAudience " + field);
            }
            assertEquals(rows(expected.get("bySegment"), "segment"), rows(actual.get("bySegment"), "segment"), key);
            assertEquals(rows(expected.get("byMainPlatform"), "mainPlatform"), rows(actual.get("byMainPlatform"), "mainPlatform"), key);
            assertEquals(key.equals("saved-views") ? List.of(
                    "Adoption and depth: data starts 99 days after launch: people who adopted earlier count only if they used it again.",
                    "Time to first use: data starts 99 days after launch: time to first use leaves out 245 adopters whose first use may"
                            + " predate the data.") : List.of(), texts(actual.get("caveats")), key);
        }
        CliRun funnel = CliRun.of("funnel", ws, "--feature", "dashboard-customization", "--window", "7d", "--json");
        assertEquals(0, funnel.exitCode(), funnel.err());
        JsonNode steps = JSON.readTree(funnel.out()).at("/groups/0/steps");
        JsonNode expectedSteps = truth.at("/features/0/funnel/steps");
        for (int i = 0; i < expectedSteps.size(); i++) {
            assertEquals(expectedSteps.get(i).get("name").asText(), steps.get(i).get("name").asText());
            assertEquals(expectedSteps.get(i).get("people").asLong(), steps.get(i).get("people").asLong());
        }
        CliRun bySegment = CliRun.of("funnel", ws, "--feature", "dashboard-customization", "--by", "segment", "--json");
        assertEquals(List.of("enterprise", "mid-market", "smb"), values(JSON.readTree(bySegment.out()).get("groups")));

        Path bugs = temp.resolve("bugs.json");
        CliRun struggles = CliRun.of("struggles", ws, "--feature", "dashboard-customization", "--json", "--bug-report", bugs.toString());
        assertEquals(0, struggles.exitCode(), struggles.err());
        JsonNode s = JSON.readTree(struggles.out());
        JsonNode drag = truth.at("/story/dragWidgetTickets");
        assertEquals(drag.get("tickets").asInt() + 1, s.at("/earlyWarning/ticketPeople").asInt(), "drag tickets and the bug's ticket");
        assertEquals(drag.get("struggleDetectedBefore").asInt() + 1, s.at("/earlyWarning/detectedBefore").asInt());
        assertEquals(truth.at("/story/reverters").size(), s.get("bugSuspects").size());
        boolean mobile = false;
        for (JsonNode c : s.get("clusters")) {
            mobile |= c.get("headline").asText().startsWith("Mobile users ") && c.get("confidence").asText().equals("high");
        }
        assertEquals(true, mobile, "the planted mobile cluster");
        JsonNode issues = JSON.readTree(bugs.toFile());
        assertEquals(1, issues.size());
        assertEquals("u000849", truth.at("/story/reverters/1/userId").asText());
        assertEquals(true, issues.get(0).get("body").asText().contains("u000849"));

        Path pdf = temp.resolve("impact.pdf");
        CliRun impact = CliRun.of("impact", ws, "--feature", "dashboard-customization", "--json", "--pdf", pdf.toString());
        assertEquals(0, impact.exitCode(), impact.err());
        JsonNode metrics = JSON.readTree(impact.out()).get("metrics");
        JsonNode session = metrics.get(0);
        assertEquals("Dashboard session time", session.get("name").asText());
        double planted = truth.at("/story/effects/sessionTime/planted").asDouble();
        assertEquals(true, session.at("/change/low").asDouble() <= planted && planted <= session.at("/change/high").asDouble());
        assertEquals("high", session.get("confidence").asText());
        assertEquals(true, java.nio.file.Files.size(pdf) > 10_000);
        CliRun portfolio = CliRun.of("portfolio", ws, "--json");
        assertEquals(0, portfolio.exitCode(), portfolio.err());
        boolean sunset = false;
        for (JsonNode row : JSON.readTree(portfolio.out())) {
            sunset |= row.get("feature").asText().equals("saved-views") && row.get("flag").asText().equals("sunset_review");
        }
        assertEquals(true, sunset, "Saved views is flagged for a sunset review");

        CliRun wrongFormat = CliRun.of("struggles", ws, "--feature", "dashboard-customization", "--bug-report", "bugs.txt");
        assertEquals(1, wrongFormat.exitCode());
        assertEquals(true, wrongFormat.err().contains(".md (Markdown), .csv (Jira) or .json (GitHub)"), wrongFormat.err());
    }

    private static List<String> rows(JsonNode array, String name) {
        List<String> rows = new ArrayList<>();
        array.forEach(r -> rows.add(r.get(name).asText() + ":" + r.get("activePeople").asLong() + ":" + r.get("adopters").asLong()));
        return rows;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<String> values(JsonNode groups) {
        List<String> values = new ArrayList<>();
        groups.forEach(g -> values.add(g.get("value").asText()));
        return values;
    }
}
