package org.uptake.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FunnelReport;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uptake bench adoption <ws> --feature K}: warm latency of the adoption summary and of a funnel by segment. */
@Command(name = "adoption", description = "Latency of the adoption summary and of a funnel by segment on a workspace.")
final class BenchAdoptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(target.folder)) {
            AdoptionAnalysis analysis = new AdoptionAnalysis(workspace);
            analysis.summary(target.feature, null, null);
            analysis.funnel(target.feature, FunnelReport.Breakdown.SEGMENT, 7, null, null);
            double summaryMs = Double.MAX_VALUE;
            double funnelMs = Double.MAX_VALUE;
            double screenMs = Double.MAX_VALUE;
            AdoptionSummary summary = null;
            for (int i = 0; i < runs; i++) {
                // Cold each time: the remembered reads are forgotten, as after an import.
                workspace.dataChanged();
                long t0 = System.nanoTime();
                summary = analysis.summary(target.feature, null, null);
                long t1 = System.nanoTime();
                workspace.dataChanged();
                long t1b = System.nanoTime();
                analysis.funnel(target.feature, FunnelReport.Breakdown.SEGMENT, 7, null, null);
                long t2 = System.nanoTime();
                // What the Adoption screen recomputes on a feature change.
                workspace.dataChanged();
                long t2b = System.nanoTime();
                analysis.overview(target.feature, null, null, FunnelReport.Breakdown.SEGMENT, 200);
                long t3 = System.nanoTime();
                summaryMs = Math.min(summaryMs, (t1 - t0) / 1e6);
                funnelMs = Math.min(funnelMs, (t2 - t1b) / 1e6);
                screenMs = Math.min(screenMs, (t3 - t2b) / 1e6);
            }
            if (options.json) {
                out.println(Json.write(Json.object().put("feature", target.feature).put("activePeople", summary.activePeople())
                        .put("summaryMs", summaryMs).put("funnelBySegmentMs", funnelMs).put("screenRecomputeMs", screenMs)));
            } else {
                out.printf("%s: %,d active people; adoption summary %.0f ms, funnel by segment %.0f ms, everything the screen"
                        + " recomputes on a feature change %.0f ms (best of %d warm runs)%n",
                        target.feature, summary.activePeople(), summaryMs, funnelMs, screenMs, runs);
            }
        }
        return 0;
    }
}
