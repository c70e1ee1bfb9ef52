package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uptake bench import}: imports the scenario's event files (canonical CSV, then Segment
 * JSON Lines) into a fresh workspace and reports rows per second end to end and peak heap.
 */
@Command(name = "import", description = "Import rate of the event files (CSV and JSON Lines) and peak heap.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Option(names = "--users", paramLabel = "N", description = "People in the generated scenario (default: ${DEFAULT-VALUE}).")
    int users = 20_000;

    @Option(names = "--days", paramLabel = "D", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days = SampleOptions.DEFAULT_DAYS;

    @Option(names = "--data", paramLabel = "DIR", description = "Scenario files to use (generated into it when absent).")
    Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = data != null ? data : Files.createTempDirectory("uptake-bench-data");
        if (!Files.exists(folder.resolve("events-web.csv"))) {
            out.printf("Generating the scenario (%,d people, %d days) into %s…%n", users, days, folder);
            out.flush();
            new SampleGenerator(new SampleOptions(users, days, SampleOptions.DEFAULT_SEED, false)).writeTo(folder, Progress.NONE);
        }
        Path workspaceFolder = Files.createTempDirectory("uptake-bench-ws").resolve("bench");
        ArrayNode rows = Json.MAPPER.createArrayNode();
        try (Workspace workspace = Workspace.create(workspaceFolder)) {
            Importer importer = new Importer(workspace);
            for (String name : List.of("features.json", "accounts.csv", "people.csv")) {
                importer.importFile(importer.plan(folder.resolve(name)), Progress.NONE);
            }
            for (String name : List.of("events-web.csv", "events-mobile.jsonl")) {
                System.gc();
                try (HeapPeak heap = new HeapPeak()) {
                    ImportResult result = importer.importFile(importer.plan(folder.resolve(name)), Progress.NONE);
                    rows.add(row(result, heap.bytes()));
                }
            }
        } finally {
            FolderDeleter.delete(workspaceFolder.getParent());
        }
        ObjectNode report = Json.object();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, Java " + System.getProperty("java.version"));
        report.set("imports", rows);
        if (options.json) {
            out.println(Json.write(report));
        } else {
            out.println(report.get("machine").asText());
            out.printf("%-22s %12s %10s %12s %14s%n", "file", "events", "seconds", "events/s", "peak heap MB");
            for (var r : rows) {
                out.printf("%-22s %,12d %10.1f %,12.0f %,14d%n", r.get("file").asText(), r.get("rowsRead").asLong(),
                        r.get("seconds").asDouble(), r.get("rowsPerSecond").asDouble(), r.get("peakHeapMB").asLong());
            }
        }
        return 0;
    }

    private static ObjectNode row(ImportResult result, long peakHeap) {
        return ImportCommand.toJson(result).put("peakHeapMB", peakHeap / (1 << 20));
    }
}
