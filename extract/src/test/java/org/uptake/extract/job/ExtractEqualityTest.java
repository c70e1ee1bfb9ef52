package org.uptake.extract.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FunnelReport;
import org.uptake.extract.ExactAdoption;
import org.uptake.extract.ExactAndSampled;
import org.uptake.extract.SampledRate;
import org.uptake.impact.ImpactReport;
import org.uptake.ingest.ImportProblem;
import org.uptake.model.ExtractSource;
import org.uptake.model.Progress;
import org.uptake.outreach.CopyGenerator;
import org.uptake.outreach.Secrets;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.services.WorkspaceServices;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.Workspace;

/**
 * The job on Spark in local mode against the desktop: on the sample scenario (generated here, small),
 * an extract of everyone gives every adoption, funnel, struggle and impact figure the raw import
 * gives, and its exact figures equal the desktop's; a 10% sample's intervals cover the exact figures.
 */
class ExtractEqualityTest {

    @TempDir
    static Path dir;
    static Path raw;
    static Workspace fromRaw;
    static Workspace fromEveryone;
    static Workspace fromTenth;
    static List<String> features;

    @BeforeAll
    static void runTheJobAndImport() throws IOException {
        raw = dir.resolve("raw");
        new SampleGenerator(new SampleOptions(SampleOptions.MIN_USERS, SampleOptions.MIN_DAYS, 7, false)).writeTo(raw, Progress.NONE);
        assertEquals(0, ExtractJob.run(args(dir.resolve("everyone"), "all")));
        assertEquals(0, ExtractJob.run(args(dir.resolve("tenth"), "10%")));
        fromRaw = imported("ws-raw", raw);
        fromEveryone = imported("ws-everyone", dir.resolve("everyone"));
        fromTenth = imported("ws-tenth", dir.resolve("tenth"));
        // The sample scenario's three features (its features.json).
        features = List.of("dashboard-customization", "scheduled-exports", "saved-views");
        features.forEach(key -> new FeatureDefinitions(fromRaw).find(key).orElseThrow());
    }

    @AfterAll
    static void close() {
        Stream.of(fromRaw, fromEveryone, fromTenth).forEach(Workspace::close);
        SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
    }

    private static String[] args(Path out, String sample) {
        return new String[] {"--master", "local[2]", "--partitions", "2", "--cluster", "test-local",
            "--events", raw.resolve("events-mobile.jsonl") + "," + raw.resolve("events-web.csv"),
            "--people", raw.resolve("people.csv").toString(), "--accounts", raw.resolve("accounts.csv").toString(),
            "--tickets", raw.resolve("tickets.csv").toString(), "--features", raw.resolve("features.json").toString(),
            "--briefs", raw.resolve("briefs").toString(), "--other", raw.resolve("outreach-history.csv").toString(),
            "--out", out.toString(), "--people-sample", sample, "--seed", "11"};
    }

    private static Workspace imported(String name, Path folder) throws IOException {
        Workspace workspace = Workspace.create(dir.resolve(name));
        services(workspace).importer().importFolder(folder, Progress.NONE);
        return workspace;
    }

    /** The desktop's service graph as its tests build it: TF-IDF ticket matching, no model to load. */
    private static WorkspaceServices services(Workspace workspace) {
        return new WorkspaceServices(workspace, Secrets.environmentOnly(), TextSimilarities::tfIdf, CopyGenerator::fromSettings);
    }

    @Test
    void anExtractOfEveryoneGivesEveryFigureOfTheRawImport() {
        for (String key : features) {
            AdoptionAnalysis a = services(fromRaw).adoption();
            AdoptionAnalysis b = services(fromEveryone).adoption();
            assertEquals(a.summary(key, null, null), b.summary(key, null, null), key);
            for (FunnelReport.Breakdown by : FunnelReport.Breakdown.values()) {
                if (hasFunnel(key)) {
                    assertEquals(a.funnel(key, by, 7, null, null), b.funnel(key, by, 7, null, null), key + " by " + by);
                }
            }
            assertEquals(services(fromRaw).struggles().analyze(key, null, null, Progress.NONE),
                    services(fromEveryone).struggles().analyze(key, null, null, Progress.NONE), key);
            ImpactReport x = services(fromRaw).impact().report(key, false, Progress.NONE);
            ImpactReport y = services(fromEveryone).impact().report(key, false, Progress.NONE);
            // Everything but when each report was made and the day each workspace saved the definition (the version must match).
            assertEquals(new ImpactReport(x.feature(), x.asOf(), y.made(), x.adoption(), x.curve(), x.retention(), x.funnelBySegment(),
                    x.struggles(), x.campaigns(), x.metrics(), x.weeklyTickets(), x.summary(), x.recommendations(), x.definitionVersion(),
                    y.definition()), y, key);
        }
    }

    @Test
    void theClustersExactFiguresEqualTheDesktops() {
        ExtractSource source = services(fromEveryone).clusterFigures().origin().orElseThrow();
        assertEquals("test-local", source.cluster());
        assertEquals(1.0, source.sampleFraction());
        for (String key : features) {
            AdoptionSummary s = services(fromRaw).adoption().summary(key, null, null);
            ExactAdoption exact = services(fromEveryone).clusterFigures().exact(key).orElseThrow();
            assertEquals(s.activePeople(), exact.active("all", "all"), key);
            assertEquals(s.adopters(), exact.adopters("all", "all"), key);
            assertEquals(s.targetAudience().activePeople(), exact.active("target", "target"), key);
            assertEquals(s.targetAudience().adopters(), exact.adopters("target", "target"), key);
            assertEquals(cells(s.bySegment()), cells(exact, "segment"), key);
            assertEquals(cells(s.byPlan()), cells(exact, "plan"), key);
            assertEquals(cells(s.byRole()), cells(exact, "role"), key);
            assertEquals(cells(s.byPlatform()), cells(exact, "platform"), key);
            assertEquals(s.abandoned(), exact.abandoned(), key);
            double[] days = exact.firstUseDays(false);
            assertEquals(s.timeToFirstUse().adopters(), days.length, key);
            assertEquals(s.timeToFirstUse().medianDays(), median(days), 1e-9, key);
            if (!hasFunnel(key)) {
                assertEquals(0, exact.funnelStep(1), key);
                continue;
            }
            FunnelReport funnel = services(fromRaw).adoption().funnel(key, FunnelReport.Breakdown.NONE, 7, null, null);
            for (FunnelReport.Group g : funnel.groups()) {
                for (int k = 0; k < g.steps().size(); k++) {
                    assertEquals(g.steps().get(k).people(), exact.funnelStep(k + 1), key + " step " + (k + 1));
                }
            }
        }
    }

    @Test
    void aTenthsIntervalsCoverTheExactFigures() {
        ExtractSource source = services(fromTenth).clusterFigures().origin().orElseThrow();
        double fraction = source.sampleFraction();
        assertTrue(fraction > 0.05 && fraction < 0.15, "sampled " + source.peopleSampled() + " of " + source.people());
        for (String key : features) {
            AdoptionSummary sampled = services(fromTenth).adoption().summary(key, null, null);
            AdoptionSummary exact = services(fromRaw).adoption().summary(key, null, null);
            SampledRate adoption = SampledRate.of(sampled.adopters(), sampled.activePeople(), fraction);
            assertTrue(adoption.covers(exact.adoptionRate()), key + ": " + adoption.label() + " vs " + exact.adoptionRate());
            SampledRate abandonment = SampledRate.of(sampled.abandoned(), sampled.activePeople(), fraction);
            assertTrue(abandonment.covers(exact.abandonmentRate()), key + ": " + abandonment.label() + " vs " + exact.abandonmentRate());
            SampledRate audience = SampledRate.of(sampled.targetAudience().adopters(), sampled.targetAudience().activePeople(), fraction);
            assertTrue(audience.covers(exact.targetAudience().adoptionRate()), key + ": " + audience.label());
            // The exact figures came along whole, sample or not, and what the screens show beside the sample covers them.
            assertEquals(exact.adopters(), services(fromTenth).clusterFigures().exact(key).orElseThrow().adopters("all", "all"));
            ExactAndSampled shown = services(fromTenth).clusterFigures().adoption(key, sampled.adopters(), sampled.activePeople())
                    .orElseThrow();
            assertEquals(exact.adoptionRate(), shown.exactRate(), 1e-12, key);
            assertTrue(shown.sampled().covers(shown.exactRate()), key + ": " + shown.label());
        }
    }

    @Test
    void aNewerExtractIsRefusedByThisDesktop() throws IOException {
        Path newer = dir.resolve("newer");
        Files.createDirectories(newer);
        Path everyone = dir.resolve("everyone");
        try (Stream<Path> files = Files.list(everyone)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, newer.resolve(f.getFileName()));
            }
        }
        Path manifest = newer.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : " + ExtractJob.FORMAT_VERSION,
                "\"formatVersion\" : " + (ExtractJob.FORMAT_VERSION + 1)));
        try (Workspace workspace = Workspace.create(dir.resolve("ws-newer"))) {
            ImportProblem refused = assertThrows(ImportProblem.class, () -> services(workspace).importer().plans(newer));
            assertEquals("This extract is format version 2, newer than this Uptake reads (up to 1): update Uptake to import it.",
                    refused.getMessage());
        }
    }

    /** saved-views defines no funnel; the others do. */
    private static boolean hasFunnel(String key) {
        return !new FeatureDefinitions(fromRaw).find(key).orElseThrow().funnel().isEmpty();
    }

    private static List<String> cells(List<AdoptionSummary.Breakdown> rows) {
        List<String> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(r.value() + "=" + r.activePeople() + "/" + r.adopters()));
        return cells;
    }

    private static List<String> cells(ExactAdoption exact, String dimension) {
        List<String> cells = new ArrayList<>();
        exact.cells(dimension).forEach((item, c) -> cells.add(item + "=" + c[0] + "/" + c[1]));
        return cells;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
