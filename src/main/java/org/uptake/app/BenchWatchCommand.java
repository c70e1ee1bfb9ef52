package org.uptake.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake bench watch <ws> --day F}: one incremental refresh, timed: a day's file taken from an
 * inbox (the import with its rollups) and every alert rule on the data as of its last day, plus the digest.
 * The goal: under 30 s at a million people with a day of about 130 k events.
 */
@Command(name = "watch", description = "Time one incremental refresh: a day's file through the inbox, the rollups, every alert rule and the digest.")
final class BenchWatchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    /** A workspace holding the history (e.g. one kept by {@code uptake bench --keep}). */
    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--day", paramLabel = "FILE", required = true, description = "The day's export file to feed (copied into a fresh inbox).")
    Path day;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = options.out();
        Path inbox = Files.createTempDirectory("uptake-bench-inbox");
        Files.copy(day, inbox.resolve(day.getFileName()));
        return workspace.call(services -> {
            Watch watch = services.watch();
            watch.saveSettings(watch.settings().withInboxes(List.of(inbox.toString())));
            watch.look();
            long t0 = System.nanoTime();
            WatchRun run;
            long heap;
            try (HeapPeak peak = new HeapPeak()) {
                run = watch.refresh(true, Progress.NONE);
                heap = peak.bytes();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long rows = run.files().stream().mapToLong(f -> f.rows()).sum();
            if (options.json) {
                out.println(Json.write(Json.object().put("file", day.getFileName().toString()).put("rowsImported", rows)
                        .put("asOf", String.valueOf(run.asOf())).put("alertsRaised", run.raised().size()).put("openAlerts", run.open())
                        .put("seconds", seconds).put("peakHeapBytes", heap).put("goalSeconds", 30)));
            } else {
                out.printf(java.util.Locale.ENGLISH, "Refresh with %s: %,d rows imported, rules as of %s, %d new alert(s), %d open;"
                        + " %.1f s (goal: under 30 s at a million people); peak heap %,d MB%n", day.getFileName(), rows, run.asOf(),
                        run.raised().size(), run.open(), seconds, heap >> 20);
            }
            return 0;
        });
    }
}
