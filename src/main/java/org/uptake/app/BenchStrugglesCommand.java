package org.uptake.app;

import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake bench struggles <ws> --feature K}: how long the whole struggle analysis takes. */
@Command(name = "struggles", description = "Time the struggle analysis of a feature (detectors, tickets, clusters) on a workspace.")
final class BenchStrugglesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 2;

    /** What the command measures, as {@code --json} prints it. */
    record Timing(String feature, int activePeople, int signals, int strugglingPeople, int clusters, double firstRunMs, double bestMs,
            long peakHeapBytes) {
    }

    @Override
    public Integer call() {
        Timing t = target.workspace.read(services -> {
            StruggleAnalysis analysis = services.struggles();
            StruggleReport[] report = new StruggleReport[1];
            Runnable analyze = () -> report[0] = analysis.analyze(target.feature, null, null, Progress.NONE);
            double firstMs = Stopwatch.ms(analyze);
            try (HeapPeak peak = new HeapPeak()) {
                double bestMs = Stopwatch.best(runs, analyze);
                StruggleReport r = report[0];
                return new Timing(target.feature, r.activePeople(), r.signals().size(), r.struggling().size(), r.clusters().size(), firstMs,
                        bestMs, peak.bytes());
            }
        });
        options.print(t, String.format("%s: %,d active people, %,d signals, %,d struggling, %d clusters; first run %.0f ms (loads the"
                + " embedding model), best of %d warm runs %.0f ms; peak heap %,d MB", t.feature(), t.activePeople(), t.signals(),
                t.strugglingPeople(), t.clusters(), t.firstRunMs(), runs, t.bestMs(), t.peakHeapBytes() >> 20));
        return 0;
    }
}
