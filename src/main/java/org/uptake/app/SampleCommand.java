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

    @Override
    public Integer call() throws Exception {
        SampleOptions sampleOptions;
        try {
            sampleOptions = new SampleOptions(users, days, seed, gzip, activity);
        } catch (IllegalArgumentException e) {
            throw options.usage(e.getMessage());
        }
        SampleSummary summary = new SampleGenerator(sampleOptions).writeTo(folder, Progress.NONE);
        options.print(new Written(summary.folder().toAbsolutePath().toString(), summary.people(), summary.events(), summary.tickets(),
                summary.webEventsFile(), summary.mobileEventsFile(), "truth.json"), String.format("Wrote the sample scenario to %s:"
                        + " %,d people, %,d events (%s, %s), %,d tickets, features.json, briefs/, truth.json", summary.folder().toAbsolutePath(),
                summary.people(), summary.events(), summary.webEventsFile(), summary.mobileEventsFile(), summary.tickets()));
        return 0;
    }

    /** What {@code sample --json} prints. */
    record Written(String folder, long people, long events, long tickets, String webEvents, String mobileEvents, String truth) {
    }
}
