package org.uptake.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.sample.SampleGenerator;
import org.uptake.sample.SampleOptions;
import org.uptake.sample.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uptake sample <dir>}: writes the dashboard-customization scenario's export files and its truth. */
@Command(name = "sample", description = "Write the sample scenario (the dashboard-customization launch, two weeks in)"
        + " as export files, with truth.json: what it planted.")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "<dir>", description = "Folder to write the files into (created if missing).")
    Path folder;

    @Option(names = "--users", paramLabel = "N", description = "People in the scenario (default: ${DEFAULT-VALUE}).")
    int users = SampleOptions.DEFAULT_USERS;

    @Option(names = "--days", paramLabel = "D", description = "Days of history, ending two weeks after launch (default: ${DEFAULT-VALUE}).")
    int days = SampleOptions.DEFAULT_DAYS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
    long seed = SampleOptions.DEFAULT_SEED;

    @Option(names = "--gzip", description = "Gzip the two event files.")
    boolean gzip;

    @Option(names = "--activity", paramLabel = "F", description = "Factor on everyone's chance to be active on a day, in (0, 1]"
            + " (default: ${DEFAULT-VALUE}; 0.1 with --users 1000000 writes about ten million events).")
    double activity = 1.0;

    @Option(names = "--by-day", paramLabel = "folders|files", description = "Also split the events and tickets by data day into"
            + " <dir>/days: a folder per day, or files named by the day (the first day carries the definitions and people), to feed an"
            + " inbox one day at a time.")
    String byDay;

    @Option(names = "--past-launches", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write three features launched weeks before the current ones, with their own events and curves in"
            + " truth.json: the history `uptake targets` sets targets from (default: on; --no-past-launches leaves them out).")
    boolean pastLaunches = true;

    @Override
    public Integer call() throws Exception {
        org.uptake.sample.DayByDay.Layout layout = null;
        if (byDay != null) {
            try {
                layout = org.uptake.sample.DayByDay.Layout.valueOf(byDay.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw options.usage("--by-day takes folders or files (got '" + byDay + "')");
            }
        }
        SampleOptions sampleOptions;
        try {
            sampleOptions = new SampleOptions(users, days, seed, gzip, activity);
        } catch (IllegalArgumentException e) {
            throw options.usage(e.getMessage());
        }
        SampleSummary summary = new SampleGenerator(sampleOptions, pastLaunches).writeTo(folder, Progress.NONE);
        int days = layout == null ? 0 : new org.uptake.sample.DayByDay(folder, folder.resolve("days"), layout).write();
        String text = String.format("Wrote the sample scenario to %s: %,d people, %,d events (%s, %s), %,d tickets,"
                + " features.json, briefs/, truth.json", summary.folder().toAbsolutePath(), summary.people(), summary.events(),
                summary.webEventsFile(), summary.mobileEventsFile(), summary.tickets());
        if (days > 0) {
            text += String.format("%nSplit by data day into %s: %,d days", folder.resolve("days").toAbsolutePath(), days);
        }
        options.print(new Written(summary.folder().toAbsolutePath().toString(), summary.people(), summary.events(), summary.tickets(),
                summary.webEventsFile(), summary.mobileEventsFile(), "truth.json", days), text);
        return 0;
    }

    /** What {@code sample --json} prints. */
    record Written(String folder, long people, long events, long tickets, String webEvents, String mobileEvents, String truth, int days) {
    }
}
