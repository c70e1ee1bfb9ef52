package org.uptake.app;

import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.FunnelReport;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake bench adoption <ws> --feature K}: warm latency of the adoption summary and of a funnel by segment. */
@Command(name = "adoption", description = "Latency of the adoption summary and of a funnel by segment on a workspace.")
final class BenchAdoptionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    /** What the command measures, as {@code --json} prints it. */
    record Latency(String feature, int activePeople, double summaryMs, double funnelBySegmentMs, double screenRecomputeMs) {
    }

    @Override
    public Integer call() {
        Latency l = target.workspace.read(services -> {
            AdoptionAnalysis analysis = services.adoption();
            Workspace workspace = services.workspace();
            int active = analysis.summary(target.feature, null, null).activePeople();
            analysis.funnel(target.feature, FunnelReport.Breakdown.SEGMENT, 7, null, null);
            // Cold each time: the remembered reads are forgotten, as after an import.
            return new Latency(target.feature, active,
                    cold(workspace, () -> analysis.summary(target.feature, null, null)),
                    cold(workspace, () -> analysis.funnel(target.feature, FunnelReport.Breakdown.SEGMENT, 7, null, null)),
                    // What the Adoption screen recomputes on a feature change.
                    cold(workspace, () -> analysis.overview(target.feature, null, null, FunnelReport.Breakdown.SEGMENT, 200)));
        });
        options.print(l, String.format("%s: %,d active people; adoption summary %.0f ms, funnel by segment %.0f ms, everything the screen"
                + " recomputes on a feature change %.0f ms (best of %d warm runs)", l.feature(), l.activePeople(), l.summaryMs(),
                l.funnelBySegmentMs(), l.screenRecomputeMs(), runs));
        return 0;
    }

    private double cold(Workspace workspace, Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            workspace.dataChanged();
            best = Math.min(best, Stopwatch.ms(work));
        }
        return best;
    }
}
