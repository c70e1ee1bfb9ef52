package org.uptake.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.ImportProblem;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.model.ExtractSource;
import org.uptake.model.Progress;
import org.uptake.workspace.ExtractStore;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/** A hand-built extract of the Spark job, as its manifest version 1 says: recognised, imported, its figures kept exact. */
class ExtractImportTest {

    @TempDir
    Path dir;

    private static final String FEATURES = "[{\"key\":\"bulk-edit\",\"name\":\"Bulk edit\",\"launchedAt\":\"2026-05-04\","
            + "\"adoption\":{\"event\":\"bulk_saved\",\"target\":0.2,\"withinDays\":30},\"funnel\":[\"bulk_opened\",\"bulk_saved\"]}]";

    private static final String FIGURES = """
            feature,figure,dimension,item,amount
            "",daily-active,day,2026-05-05,2.0
            bulk-edit,active,all,all,7.0
            bulk-edit,adopters,all,all,3.0
            bulk-edit,active,segment,smb,5.0
            bulk-edit,adopters,segment,smb,2.0
            bulk-edit,active,segment,(none),2.0
            bulk-edit,adopters,segment,(none),1.0
            bulk-edit,funnel-step,1,bulk_opened,4.0
            bulk-edit,funnel-step,2,bulk_saved,3.0
            bulk-edit,abandoned,all,all,1.0
            bulk-edit,first-use-ms,all,43200000,2.0
            bulk-edit,first-use-ms,all,172800000,1.0
            bulk-edit,first-use-ms,left-out,0,1.0
            """;

    private Path extract(int version) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("extract-v" + version));
        Files.writeString(folder.resolve("manifest.json"), """
                {"format":"uptake-extract","formatVersion":%d,"createdAt":"2026-11-20T08:00:00Z","cluster":"yarn-prod",
                 "sparkVersion":"4.1.1","firstDay":"2026-05-01","lastDay":"2026-05-06","events":70,
                 "peopleSample":{"spec":"2","seed":7,"people":10,"sampled":2},"figures":"figures.csv.gz",
                 "files":[{"path":"features.json","kind":"features"},{"path":"events.csv.gz","kind":"events"},
                          {"path":"people.csv.gz","kind":"people"}],"aFieldOfALaterVersion":true}
                """.formatted(version));
        Files.writeString(folder.resolve("features.json"), FEATURES);
        Files.write(folder.resolve("people.csv.gz"), gzip("user_id,segment\nu1,smb\nu2,\n"));
        Files.write(folder.resolve("events.csv.gz"), gzip("""
                event_id,user_id,timestamp,event,platform,session_id,target,properties
                e1,u1,2026-05-05T10:00:00Z,bulk_opened,web,s1,,{}
                e2,u1,2026-05-05T10:01:00Z,bulk_saved,web,s1,,{}
                e3,u2,2026-05-06T09:00:00Z,bulk_opened,ios,s2,,{}
                """));
        Files.write(folder.resolve("figures.csv.gz"), gzip(FIGURES));
        return folder;
    }

    @Test
    void anExtractFolderImportsItsSampleAndKeepsTheClustersFiguresExact() throws IOException {
        Path extract = extract(1);
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
                    + " sampled (20.0%); adoption, funnel and first-use figures are exact, the rest are estimates from the sample.",
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
        Path folder = extract(1);
        Path zip = dir.resolve("extract.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("manifest.json", "features.json", "events.csv.gz", "people.csv.gz", "figures.csv.gz")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(folder.resolve(name)));
                out.closeEntry();
            }
        }
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            assertEquals(List.of("features.json", "events.csv.gz", "people.csv.gz", "figures.csv.gz"),
                    new Importer(workspace).plans(zip).stream().map(p -> p.sniff().displayName()).toList());
        }
    }

    @Test
    void aNewerExtractIsRefusedWithAClearMessageAndNothingImported() throws IOException {
        Path extract = extract(2);
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

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
