package org.uptake.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleReport;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uptake bench struggles <ws> --feature K}: how long the whole struggle analysis takes. */
@Command(name = "struggles", description = "Time the struggle analysis of a feature (detectors, tickets, clusters) on a workspace.")
final class BenchStrugglesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 2;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(target.folder)) {
            StruggleAnalysis analysis = new StruggleAnalysis(workspace);
            long w0 = System.nanoTime();
            StruggleReport report = analysis.analyze(target.feature, null, null, Progress.NONE);
            double firstMs = (System.nanoTime() - w0) / 1e6;
            double bestMs = Double.MAX_VALUE;
            long heap;
            try (HeapPeak peak = new HeapPeak()) {
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    report = analysis.analyze(target.feature, null, null, Progress.NONE);
                    bestMs = Math.min(bestMs, (System.nanoTime() - t0) / 1e6);
                }
                heap = peak.bytes();
            }
            if (options.json) {
                out.println(Json.write(Json.object().put("feature", target.feature).put("activePeople", report.activePeople())
                        .put("signals", report.signals().size()).put("strugglingPeople", report.struggling().size())
                        .put("clusters", report.clusters().size()).put("firstRunMs", firstMs).put("bestMs", bestMs)
                        .put("peakHeapBytes", heap)));
            } else {
                out.printf("%s: %,d active people, %,d signals, %,d struggling, %d clusters; first run %.0f ms (loads the"
                        + " embedding model), best of %d warm runs %.0f ms; peak heap %,d MB%n", target.feature,
                        report.activePeople(), report.signals().size(), report.struggling().size(), report.clusters().size(),
                        firstMs, runs, bestMs, heap >> 20);
            }
        }
        return 0;
    }
}
