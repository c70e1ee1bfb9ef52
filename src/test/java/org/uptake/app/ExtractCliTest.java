package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.extract.HandBuiltExtract;

/** A Spark extract on the command line: imported whole from its folder, its exact adoption printed before the sample's. */
class ExtractCliTest {

    @TempDir
    Path temp;

    @Test
    void anExtractFolderImportsWholeAndAdoptionSaysWhatIsExact() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        CliRun imported = CliRun.of("import", workspace.toString(), HandBuiltExtract.folder(temp, 1).toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(List.of("features.json", "people.csv.gz", "events.csv.gz", "figures.csv.gz"),
                imported.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(':'))).toList());

        CliRun adoption = CliRun.of("adoption", workspace.toString(), "--feature", "bulk-edit");
        assertEquals(0, adoption.exitCode(), adoption.err());
        List<String> lines = adoption.out().lines().toList();
        assertEquals("Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people"
                + " adopted it (42.9%). Figures not marked as counted exactly come from a sample of 2 people (20.0% of everyone): 1 of 2 sampled"
                + " active people adopted it: 50% (95% interval 11%–89%).", lines.get(0));
        assertEquals(List.of("Counted exactly on the cluster:",
                "  segment        (none)            50.0%  (1 of 2)",
                "  segment        smb               40.0%  (2 of 5)",
                "  funnel (7-day window)  bulk_opened 4 → bulk_saved 3 (75.0%) · abandoned 1 (14.3% of active people)",
                "  time to first use  median 0.5 days, p75 1.3 days, 100% within 7 days; leaves out 1 whose first use may predate the data",
                ""), lines.subList(1, 7));
        assertTrue(lines.get(7).startsWith("Bulk edit — "), lines.get(7));
    }

    @Test
    void adoptionJsonCarriesTheClustersExactFiguresAndFunnelPrintsItsExactSteps() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        assertEquals(0, CliRun.of("import", workspace.toString(), HandBuiltExtract.full(temp).toString()).exitCode());

        CliRun adoption = CliRun.of("adoption", workspace.toString(), "--feature", "bulk-edit", "--json");
        assertEquals(0, adoption.exitCode(), adoption.err());
        JsonNode exact = new ObjectMapper().readTree(adoption.out()).get("exact");
        assertEquals("""
                {"cluster":"yarn-prod","computedAt":"2026-11-20T08:00:00Z","firstDay":"2026-05-01","lastDay":"2026-05-06","people":10,\
                "peopleSampled":2,"sampleFraction":0.2,"adopters":3,"activePeople":7,"targetAudience":{"adopters":2,"active":5},\
                "bySegment":[{"segment":"(none)","adopters":1,"active":2},{"segment":"smb","adopters":2,"active":5}],\
                "byPlan":[{"plan":"free","adopters":0,"active":3},{"plan":"pro","adopters":3,"active":4}],\
                "byRole":[{"role":"admin","adopters":3,"active":7}],\
                "byMainPlatform":[{"mainPlatform":"ios","adopters":0,"active":1},{"mainPlatform":"web","adopters":3,"active":6}],\
                "funnelWindowDays":7,"funnel":[{"step":1,"event":"bulk_opened","people":4},{"step":2,"event":"bulk_saved","people":3}],\
                "abandoned":1,"timeToFirstUse":{"adopters":3,"medianDays":0.5,"p75Days":1.25,"within7Days":1.0,"leftOut":0},\
                "targetTimeToFirstUse":{"adopters":2,"medianDays":1.25,"p75Days":1.625,"within7Days":1.0,"leftOut":0}}""",
                exact.toString());

        // Launched before the extract's first day, no target segments, no funnel, counted by segment only.
        JsonNode views = new ObjectMapper().readTree(CliRun.of("adoption", workspace.toString(), "--feature", "saved-views", "--json").out())
                .get("exact");
        assertEquals(List.of("[]", "null", "{\"adopters\":0,\"medianDays\":null,\"p75Days\":null,\"within7Days\":0.0,\"leftOut\":4}"),
                List.of(views.get("byPlan").toString(), String.valueOf(views.get("funnel")), views.get("timeToFirstUse").toString()));

        CliRun funnel = CliRun.of("funnel", workspace.toString(), "--feature", "bulk-edit", "--window", "3d");
        assertEquals(0, funnel.exitCode(), funnel.err());
        assertEquals(List.of("Counted exactly on cluster yarn-prod over all 10 people (7-day window, not the 3-day window asked): bulk_opened 4"
                + " → bulk_saved 3 (75.0%) · abandoned 1 (14.3% of active people)", "The funnel below is from a sample of 2 people (20.0%).",
                "Funnel of bulk-edit, 3-day window"), funnel.out().lines().limit(3).toList());
        JsonNode funnelJson = new ObjectMapper().readTree(CliRun.of("funnel", workspace.toString(), "--feature", "bulk-edit", "--json").out());
        assertEquals("[{\"step\":1,\"event\":\"bulk_opened\",\"people\":4},{\"step\":2,\"event\":\"bulk_saved\",\"people\":3}]",
                funnelJson.get("exact").get("steps").toString());
    }

    @Test
    void aNewerExtractIsRefusedWithOneLine() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        CliRun refused = CliRun.of("import", workspace.toString(), HandBuiltExtract.folder(temp, 2).toString());
        assertEquals(1, refused.exitCode());
        assertEquals(List.of("uptake: This extract is format version 2, newer than this Uptake reads (up to 1): update Uptake to import it."),
                refused.err().lines().toList());
    }

    @Test
    void impactShowsTheSuccessMetricsExactAggregatesBesideTheSamplesComparison() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        assertEquals(0, CliRun.of("import", workspace.toString(), HandBuiltExtract.full(temp).toString()).exitCode());
        CliRun impact = CliRun.of("impact", workspace.toString(), "--feature", "bulk-edit");
        assertEquals(0, impact.exitCode(), impact.err());
        String out = impact.out();
        assertTrue(out.contains("""
                Counted exactly on the cluster over every person and every day before and after launch (plain aggregates; the comparison\
                 above is the sample's: whole weeks, comparable people, a bootstrap interval)
                  • Edit time (mean per event), counted exactly on the cluster over everyone: adopters 50.00 → 30.00 (-40.0%), everyone\
                 else 50.00 → 45.00 (-10.0%)
                  • Bulk tickets, counted exactly on the cluster: 3 tickets in the 3 days before launch (1.00 a day), 1 in the 3 days since\
                 (0.33 a day)"""), out);
        JsonNode exact = new ObjectMapper().readTree(CliRun.of("impact", workspace.toString(), "--feature", "bulk-edit", "--json").out())
                .get("exact");
        assertEquals("{\"people\":3,\"events\":6,\"total\":180.0}", exact.get(0).get("sides").get("adopters/after").toString());
        assertEquals(List.of(3L, 1L), List.of(exact.get(1).get("ticketsBefore").asLong(), exact.get(1).get("ticketsAfter").asLong()));

        // Raw data (no extract): no exact section.
        Path raw = temp.resolve("raw");
        assertEquals(0, CliRun.of("init", raw.toString()).exitCode());
        assertEquals(0, CliRun.of("import", raw.toString(), java.nio.file.Files.writeString(temp.resolve("features.json"),
                HandBuiltExtract.FULL_FEATURES).toString()).exitCode());
        assertTrue(CliRun.of("impact", raw.toString(), "--feature", "bulk-edit", "--json").out().indexOf("\"exact\"") < 0);
    }
}
