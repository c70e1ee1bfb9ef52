package org.uptake.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;

/** The sample scenario at its default size: reproducible, its truth recountable, its story true. */
class SampleGeneratorTest {

    @TempDir
    static Path temp;

    private static JsonNode truth;
    private static JsonNode dashboard;
    private static GeneratedFiles files;
    private static Recount recount;

    @BeforeAll
    static void generate() throws IOException {
        Path folder = temp.resolve("default");
        new SampleGenerator(SampleOptions.defaults()).writeTo(folder, Progress.NONE);
        truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
        dashboard = feature("dashboard-customization");
        files = GeneratedFiles.read(folder);
        recount = Recount.of(files);
    }

    private static JsonNode feature(String key) {
        for (JsonNode f : truth.get("features")) {
            if (f.get("key").asText().equals(key)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + key);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        SampleOptions small = new SampleOptions(400, 42, 7, true);
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        new SampleGenerator(small).writeTo(a, Progress.NONE);
        new SampleGenerator(small).writeTo(b, Progress.NONE);
        List<Path> written = files(a);
        assertEquals(List.of("accounts.csv", "briefs/dashboard-customization.md", "briefs/saved-views.md",
                "briefs/scheduled-exports.md", "events-mobile.jsonl.gz", "events-web.csv.gz", "features.json",
                "outreach-history.csv", "people.csv", "tickets.csv", "truth.json"),
                written.stream().map(p -> a.relativize(p).toString()).toList());
        for (Path file : written) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(a.relativize(file))), file.toString());
        }
        Path c = temp.resolve("c");
        new SampleGenerator(new SampleOptions(400, 42, 8, true)).writeTo(c, Progress.NONE);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("events-web.csv.gz")),
                Files.readAllBytes(c.resolve("events-web.csv.gz"))));
    }

    @Test
    void truthAgreesWithAnIndependentRecountOfTheFiles() {
        assertEquals(recount.active, dashboard.get("activePeople").asInt());
        assertEquals(recount.adopters, dashboard.get("adopters").asInt());
        for (JsonNode s : dashboard.get("bySegment")) {
            int[] cell = recount.bySegment.get(s.get("segment").asText());
            assertEquals(List.of(cell[0], cell[1]), List.of(s.get("activePeople").asInt(), s.get("adopters").asInt()),
                    s.get("segment").asText());
        }
        JsonNode steps = dashboard.at("/funnel/steps");
        assertEquals(List.of(recount.funnel[0], recount.funnel[1], recount.funnel[2]),
                List.of(steps.get(0).get("people").asInt(), steps.get(1).get("people").asInt(), steps.get(2).get("people").asInt()));
        assertEquals(recount.abandoned, dashboard.get("abandoned").asInt());
        assertEquals(recount.reverted, dashboard.get("reverted").asInt());
        assertEquals(recount.median(), dashboard.at("/timeToFirstUse/medianDays").asDouble(), 1e-9);
        assertEquals(recount.p75(), dashboard.at("/timeToFirstUse/p75Days").asDouble(), 1e-9);
        JsonNode campaign = truth.at("/story/campaign");
        assertEquals(List.of(recount.treated[0], recount.treated[1], recount.control[0], recount.control[1]),
                List.of(campaign.at("/treated/people").asInt(), campaign.at("/treated/convertedWithin48h").asInt(),
                        campaign.at("/control/people").asInt(), campaign.at("/control/convertedWithin48h").asInt()));
        JsonNode session = truth.at("/story/effects/sessionTime");
        assertEquals(recount.mean(0), session.get("adoptersBefore").asDouble(), 1e-6);
        assertEquals(recount.mean(1), session.get("adoptersAfter").asDouble(), 1e-6);
        assertEquals(recount.mean(3), session.get("othersAfter").asDouble(), 1e-6);
        JsonNode tickets = truth.at("/story/effects/navigationTickets");
        assertEquals(List.of(recount.navigationBefore, recount.activeBefore, recount.navigationAfter),
                List.of(tickets.at("/before/tickets").asInt(), tickets.at("/before/activePeople").asInt(),
                        tickets.at("/after/tickets").asInt()));
        assertEquals(List.of(files.csvDuplicates, files.csvMalformed, files.jsonDuplicates, files.jsonMalformed),
                List.of(truth.at("/files/events-web.csv/duplicateRows").asInt(), truth.at("/files/events-web.csv/malformedRows").asInt(),
                        truth.at("/files/events-mobile.jsonl/duplicateRows").asInt(),
                        truth.at("/files/events-mobile.jsonl/malformedRows").asInt()));
        long distinct = files.people.values().stream().mapToLong(p -> p.events().size()).sum();
        assertEquals(truth.at("/files/distinctEvents").asLong(), distinct);
    }

    @Test
    void adoptionIsAheadOfPaceAndGradedBySegment() {
        assertEquals(0.34, dashboard.get("adoptionRate").asDouble(), 0.005);
        assertEquals(0.25, dashboard.get("target").asDouble());
        assertTrue(dashboard.get("adoptionRate").asDouble() > dashboard.get("pace").asDouble());
        double enterprise = segmentRate(dashboard, "enterprise");
        double midMarket = segmentRate(dashboard, "mid-market");
        double smb = segmentRate(dashboard, "smb");
        assertEquals(0.52, enterprise, 0.005);
        assertEquals(0.21, smb, 0.005);
        assertTrue(smb < midMarket && midMarket < enterprise, "mid-market in between: " + midMarket);
    }

    @Test
    void eightPercentAbandonMostlyOnMobile() {
        assertEquals(0.08, dashboard.get("abandonmentRate").asDouble(), 0.003);
        assertTrue(dashboard.get("abandonedOnMobile").asDouble() / dashboard.get("abandoned").asDouble() > 0.6);
    }

    @Test
    void threeRevertedTwoAdminsTestingAndOneBug() {
        assertEquals(3, dashboard.get("reverted").asInt());
        JsonNode reverters = truth.at("/story/reverters");
        assertEquals(2, count(reverters, r -> r.get("role").asText().equals("admin") && r.get("reason").asText().startsWith("testing")));
        assertEquals(1, count(reverters, r -> r.get("reason").asText().startsWith("bug")));
    }

    @Test
    void aboutOneHundredFiftyPowerUsersHaveNotCustomizedAndSomeUseTheOldWay() {
        JsonNode power = truth.at("/story/powerUsers");
        assertTrue(Math.abs(power.get("nonAdopters").asInt() - 150) <= 15, power.toString());
        assertTrue(power.get("usingLegacyFilterAfterLaunch").asInt() > 0);
        assertTrue(power.get("usingLegacyFilterAfterLaunch").asInt() < power.get("nonAdopters").asInt());
    }

    @Test
    void theCampaignConvertedFortyTwoOfOneHundredFiftyAndBeatItsControl() {
        JsonNode campaign = truth.at("/story/campaign");
        assertEquals(List.of(150, 42), List.of(campaign.at("/treated/people").asInt(), campaign.at("/treated/convertedWithin48h").asInt()));
        assertTrue(campaign.at("/control/conversionRate48h").asDouble() < 0.15);
        assertTrue(campaign.at("/control/people").asInt() >= 40);
    }

    @Test
    void sessionTimeAndNavigationTicketsFellAsPlanted() {
        assertEquals(-0.14, truth.at("/story/effects/sessionTime/measuredChange").asDouble(), 0.02);
        assertEquals(-0.19, truth.at("/story/effects/navigationTickets/measuredChange").asDouble(), 0.02);
    }

    @Test
    void dragWidgetTicketsExistAndStruggleUsuallyCameFirst() {
        JsonNode drag = truth.at("/story/dragWidgetTickets");
        assertTrue(drag.get("tickets").asInt() >= 10);
        assertTrue(drag.get("earlyWarningShare").asDouble() > 0.5);
        assertTrue(drag.get("earlyWarningShare").asDouble() < 1.0, "some tickets came without a signal first");
    }

    @Test
    void scheduledExportsLagTheirTargetWorstInSmb() {
        JsonNode exports = feature("scheduled-exports");
        assertTrue(exports.get("adoptionRate").asDouble() < exports.get("pace").asDouble());
        double smb = segmentRate(exports, "smb");
        assertTrue(smb < segmentRate(exports, "enterprise") && smb < segmentRate(exports, "mid-market"));
    }

    @Test
    void savedViewsUseHasDeclinedForSixWeeksOrMore() {
        JsonNode weeks = feature("saved-views").get("weeklyUsers");
        // The last week holds one day only; count consecutive declines among the full weeks before it.
        int declining = 0;
        for (int i = weeks.size() - 2; i > 0 && weeks.get(i).get("people").asInt() < weeks.get(i - 1).get("people").asInt(); i--) {
            declining++;
        }
        assertTrue(declining >= 6, "weeks of decline: " + declining);
    }

    @Test
    void theFilesHaveRealTexture() {
        assertTrue(files.csvDuplicates > 0 && files.jsonDuplicates > 0, "duplicate events");
        assertEquals(List.of(5, 3), List.of(files.csvMalformed, files.jsonMalformed));
        assertTrue(files.anonymousEvents > 0, "anonymous events before identify");
        assertTrue(files.offsets.size() >= 4, "time zones: " + files.offsets);
        assertTrue(files.appVersions.containsAll(List.of("ios 5.12.2", "ios 5.13.0", "web 2026.2.4", "web 2026.3.0")),
                files.appVersions.toString());
    }

    @Test
    void optionsTooSmallForTheStoryAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(100, 84, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new SampleOptions(3000, 20, 1, false));
    }

    private static double segmentRate(JsonNode feature, String segment) {
        for (JsonNode s : feature.get("bySegment")) {
            if (s.get("segment").asText().equals(segment)) {
                return s.get("adoptionRate").asDouble();
            }
        }
        throw new AssertionError("no segment " + segment);
    }

    private static long count(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        long n = 0;
        for (JsonNode node : array) {
            if (test.test(node)) {
                n++;
            }
        }
        return n;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
