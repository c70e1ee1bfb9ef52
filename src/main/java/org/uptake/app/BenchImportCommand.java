package org.uptake.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.outreach.Secrets;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake bench import}: imports the scenario's event files (canonical CSV, then Segment
 * JSON Lines) into a fresh workspace and reports rows per second end to end and peak heap.
 */
@Command(name = "import", description = "Import rate of the event files (CSV and JSON Lines) and peak heap.")
final class BenchImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--users", paramLabel = "N", description = "People in the generated scenario (default: ${DEFAULT-VALUE}).")
    int users = 20_000;

    @Option(names = "--days", paramLabel = "D", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days = SampleOptions.DEFAULT_DAYS;

    @Option(names = "--data", paramLabel = "DIR", description = "Scenario files to use (generated into it when absent).")
    Path data;

    /** What the run measured, as {@code --json} prints it. */
    record Report(String machine, List<ImportJson> imports) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = options.out();
        Path folder = data != null ? data : Files.createTempDirectory("uptake-bench-data");
        if (!Files.exists(folder.resolve("events-web.csv"))) {
            out.printf("Generating the scenario (%,d people, %d days) into %s…%n", users, days, folder);
            out.flush();
            // Without the past launches: PERFORMANCE.md's import figures were measured on the current features alone.
            new SampleGenerator(new SampleOptions(users, days, SampleOptions.DEFAULT_SEED, false), false).writeTo(folder, Progress.NONE);
        }
        Path workspaceFolder = Files.createTempDirectory("uptake-bench-ws").resolve("bench");
        List<ImportJson> rows = new ArrayList<>();
        // The benchmark creates its own workspace rather than opening one.
        try (Workspace workspace = Workspace.create(workspaceFolder)) {
            Importer importer = WorkspaceServices.of(workspace, Secrets.environmentOnly()).importer();
            for (String name : List.of("features.json", "accounts.csv", "people.csv")) {
                importer.importFile(importer.plan(folder.resolve(name)), Progress.NONE);
            }
            for (String name : List.of("events-web.csv", "events-mobile.jsonl")) {
                System.gc();
                try (HeapPeak heap = new HeapPeak()) {
                    rows.add(ImportJson.of(importer.importFile(importer.plan(folder.resolve(name)), Progress.NONE)).withPeakHeap(heap.bytes()));
                }
            }
        } finally {
            FolderDeleter.delete(workspaceFolder.getParent());
        }
        Report report = new Report(BenchCommand.machine(), rows);
        StringBuilder t = new StringBuilder(report.machine());
        t.append(String.format("%n%-22s %12s %10s %12s %14s", "file", "events", "seconds", "events/s", "peak heap MB"));
        for (ImportJson r : rows) {
            t.append(String.format("%n%-22s %,12d %10.1f %,12.0f %,14d", r.file(), r.rowsRead(), r.seconds(), r.rowsPerSecond(),
                    r.peakHeapMB()));
        }
        options.print(report, t.toString());
        return 0;
    }
}
