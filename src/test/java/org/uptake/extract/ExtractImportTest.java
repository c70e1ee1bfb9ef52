package org.uptake.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.ingest.ImportProblem;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.model.ExtractSource;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.ExtractStore;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/** A hand-built extract of the Spark job, as its manifest version 1 says: recognised, imported, its figures kept exact. */
class ExtractImportTest {

    @TempDir
    Path dir;

    @Test
    void anExtractFolderImportsItsSampleAndKeepsTheClustersFiguresExact() throws IOException {
        Path extract = HandBuiltExtract.folder(dir, 1);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            List<ImportResult> results = new Importer(workspace).importFolder(extract, Progress.NONE);
            // In the order their data depends on each other, the exact figures last.
            assertEquals(List.of("features.json", "people.csv.gz", "events.csv.gz", "figures.csv.gz"),
                    results.stream().map(ImportResult::fileName).toList());
            assertEquals(3, results.stream().filter(r -> r.fileName().equals("events.csv.gz")).findFirst().orElseThrow().imported());
            assertEquals(13, results.stream().filter(r -> r.fileName().equals("figures.csv.gz")).findFirst().orElseThrow().imported());

            ExtractSource source = new ExtractStore(workspace).latest().orElseThrow();
            assertEquals("yarn-prod", source.cluster());
            assertEquals(0.2, source.sampleFraction(), 1e-12);
            assertEquals("From an extract of cluster yarn-prod (made 2026-11-20, data 2026-05-01 – 2026-05-06): 2 of 10 people"
                    + " sampled (20.0%); adoption, its breakdowns, funnel steps, time to first use and success metrics'"
                    + " totals are counted exactly over everyone, every other figure comes from the sample.",
                    DataOrigin.describe(new OverviewQueries(workspace).origin().orElseThrow()));

            ExactAdoption exact = ExactAdoption.of(new ExtractStore(workspace), "bulk-edit").orElseThrow();
            assertEquals(7, exact.active("all", "all"));
            assertEquals(3, exact.adopters("all", "all"));
            assertEquals(2, exact.adopters("segment", "smb"));
            assertEquals(4, exact.funnelStep(1));
            assertEquals(3, exact.funnelStep(2));
            assertEquals(1, exact.abandoned());
            assertArrayEquals(new double[] {0.5, 0.5, 2.0}, exact.firstUseDays(false));
            assertArrayEquals(new long[] {2, 1}, exact.cells("segment").get("(none)"));
        }
    }

    @Test
    void aZippedExtractIsRecognisedByItsManifest() throws IOException {
        Path zip = HandBuiltExtract.zip(dir);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            assertEquals(List.of("features.json", "events.csv.gz", "people.csv.gz", "figures.csv.gz"),
                    new Importer(workspace).plans(zip).stream().map(p -> p.sniff().displayName()).toList());
        }
    }

    @Test
    void aNewerExtractIsRefusedWithAClearMessageAndNothingImported() throws IOException {
        Path extract = HandBuiltExtract.folder(dir, 2);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportProblem refused = assertThrows(ImportProblem.class, () -> new Importer(workspace).importFolder(extract, Progress.NONE));
            assertEquals("This extract is format version 2, newer than this Uptake reads (up to 1): update Uptake to import it.",
                    refused.getMessage());
            assertFalse(new ExtractStore(workspace).latest().isPresent());
            assertEquals(0, new OverviewQueries(workspace).summary(0).events());
        }
    }

    @Test
    void aSampledShareCarriesAnIntervalThatShrinksToNothingForEveryone() {
        SampledRate tenth = SampledRate.of(30, 100, 0.1);
        assertEquals(0.3, tenth.estimate(), 1e-12);
        assertEquals(0.22264545479469136, tenth.low(), 1e-12);
        assertEquals(0.39072165437581163, tenth.high(), 1e-12);
        assertEquals("30% (95% interval 22–39%; sample of 100 people, 10.0% of everyone)", tenth.label());
        SampledRate everyone = SampledRate.of(30, 100, 1.0);
        assertEquals(0.3, everyone.low(), 1e-12);
        assertEquals(0.3, everyone.high(), 1e-12);
    }

    @Test
    void aSampledExtractShowsTheClustersExactAdoptionBesideTheSamplesEstimate() throws IOException {
        Path extract = HandBuiltExtract.folder(dir, 1);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(extract, Progress.NONE);
            AdoptionSummary sample = services.adoption().summary("bulk-edit", null, null);
            assertEquals(List.of(1, 2), List.of(sample.adopters(), sample.activePeople()));

            ExactAndSampled shown = services.clusterFigures().adoption("bulk-edit", sample.adopters(), sample.activePeople()).orElseThrow();
            assertEquals(3.0 / 7, shown.exactRate(), 1e-12);
            assertEquals("Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people"
                    + " adopted it (42.9%). Figures not marked as counted exactly come from a sample of 2 people (20.0% of everyone): 1 of 2 sampled"
                    + " active people adopted it: 50% (95% interval 11%–89%).", shown.label());
            assertTrue(services.clusterFigures().adoption("no-such-feature", 0, 0).isEmpty());
        }
    }

    @Test
    void anExtractOfEveryoneSaysTheSamplesFiguresAreExactToo() throws IOException {
        Path extract = HandBuiltExtract.folder(dir, 1, 10);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            services.importer().importFolder(extract, Progress.NONE);
            assertEquals("Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people"
                    + " adopted it (42.9%). Every person's records are in this workspace, so the figures below are exact too.",
                    services.clusterFigures().adoption("bulk-edit", 1, 2).orElseThrow().label());
        }
    }

    @Test
    void rawDataHasNoExtractToShow() throws IOException {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            Path events = Files.writeString(dir.resolve("events.csv"), "user_id,timestamp,event\nu1,2026-05-05T10:00:00Z,bulk_saved\n");
            services.importer().importFile(services.importer().plan(events), Progress.NONE);
            assertTrue(services.clusterFigures().origin().isEmpty());
            assertTrue(services.clusterFigures().adoption("bulk-edit", 1, 1).isEmpty());
        }
    }
}
