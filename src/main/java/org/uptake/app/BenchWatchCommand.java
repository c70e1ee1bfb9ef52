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
 * {@code uptake bench watch <ws> --day F [--day G …]}: incremental refreshes, timed, one per day's file in the order
 * given, in one process: the file taken from an inbox (the import with its rollups), every alert rule on the data as of
 * its last day, and the digest. The first refresh is a fresh process's: with one day {@code uptake watch --once}'s from
 * cron, with more {@code uptake watch --every}'s first; the ones after it are the open app's or {@code uptake watch
 * --every}'s, whose code is compiled by then. The issue's
 * goal: under 30 s at a million people with a day of about 130 k events.
 */
@Command(name = "watch", description = "Time incremental refreshes, one per day's file in turn: the file through the inbox, the rollups, every alert"
        + " rule and the digest. The first is a fresh process's, the next ones a running app's.")
final class BenchWatchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    /** A workspace holding the history (e.g. one kept by {@code uptake bench --keep}). */
    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--day", paramLabel = "FILE", required = true, description = "A day's export file to feed (copied into a fresh inbox);"
            + " repeat it for the next days, fed in the order given.")
    List<Path> days;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = options.out();
        Path inbox = Files.createTempDirectory("uptake-bench-inbox");
        return workspace.call(services -> {
            Watch watch = services.watch();
            watch.saveSettings(watch.settings().withInboxes(List.of(inbox.toString())));
            com.fasterxml.jackson.databind.node.ArrayNode refreshes = Json.MAPPER.createArrayNode();
            com.fasterxml.jackson.databind.node.ObjectNode last = null;
            if (!options.json) {
                out.println(BenchCommand.machine());
            }
            for (int i = 0; i < days.size(); i++) {
                Path day = days.get(i);
                Files.copy(day, inbox.resolve(day.getFileName()));
                watch.look();
                long t0 = System.nanoTime();
                WatchRun run;
                long heap;
                try (HeapPeak peak = new HeapPeak()) {
                    // One day is a cron job's refresh (uptake watch --once), which lets go of the import's index before the
                    // rules; with more, the first is uptake watch --every's first, which keeps it for the next day's import.
                    run = days.size() == 1 ? watch.refreshOnce(Progress.NONE) : watch.refresh(true, Progress.NONE);
                    heap = peak.bytes();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long rows = run.files().stream().mapToLong(f -> f.rows()).sum();
                String process = i == 0 ? "fresh process" : "running process";
                if (options.json) {
                    last = Json.object().put("file", day.getFileName().toString()).put("process", process).put("rowsImported", rows)
                            .put("asOf", String.valueOf(run.asOf())).put("alertsRaised", run.raised().size()).put("openAlerts", run.open())
                            .put("seconds", seconds).put("peakHeapBytes", heap).put("goalSeconds", 30)
                            .put("machine", BenchCommand.machine());
                    refreshes.add(last);
                } else {
                    out.printf(java.util.Locale.ENGLISH, "Refresh with %s (%s): %,d rows imported, rules as of %s, %d new alert(s), %d open;"
                            + " %.1f s (goal: under 30 s at a million people); peak heap %,d MB%n", day.getFileName(), process, rows, run.asOf(),
                            run.raised().size(), run.open(), seconds, heap >> 20);
                }
            }
            if (options.json) {
                // The last refresh's figures at the top (as with one day), every refresh in turn under "refreshes".
                last.set("refreshes", refreshes.deepCopy());
                out.println(Json.write(last));
            }
            return 0;
        });
    }
}
