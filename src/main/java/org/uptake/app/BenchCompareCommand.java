package org.uptake.app;

import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake bench compare <ws> --feature K}: a period comparison against one window (the default: the last 14 data
 * days against the 14 before), cold, for adoption and for struggles; the goal is at most twice a single window.
 */
@Command(name = "compare", description = "Time of a period comparison (adoption and struggles) against a single window's.")
final class BenchCompareCommand implements Callable<Integer> {

    /** The most a comparison may cost, in single windows. */
    static final double GOAL = 2.0;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    /** What the command measures, as {@code --json} prints it. */
    record Timing(String feature, String current, String other, double adoptionWindowMs, double adoptionComparisonMs,
            double adoptionRatio, double struggleWindowMs, double struggleComparisonMs, double struggleRatio, double goal) {
    }

    @Override
    public Integer call() {
        Timing t = target.workspace.read(this::measure);
        options.print(t, String.format("%s, %s against %s (best of %d cold runs):%n"
                + "  adoption   one window %.0f ms, comparison %.0f ms: %.2f× (goal ≤ %.0f×)%n"
                + "  struggles  one window %.0f ms, comparison %.0f ms: %.2f× (goal ≤ %.0f×)", t.feature(), t.current(), t.other(), runs,
                t.adoptionWindowMs(), t.adoptionComparisonMs(), t.adoptionRatio(), GOAL, t.struggleWindowMs(), t.struggleComparisonMs(),
                t.struggleRatio(), GOAL));
        return 0;
    }

    private Timing measure(WorkspaceServices services) {
        Workspace workspace = services.workspace();
        ComparedPeriods periods = ComparedPeriods.of(null, null, ComparedPeriods.PREVIOUS, services.adoption().lastDay());
        String feature = target.feature;
        services.adoption().feature(feature);
        double adoptionOne = cold(workspace, () -> services.adoption().summary(feature, periods.current().from(), periods.current().to()));
        double adoptionTwo = cold(workspace, () -> services.periods().compare(feature, periods,
                AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS));
        double struggleOne = cold(workspace, () -> services.struggles().analyze(feature, periods.current().from(), periods.current().to(),
                Progress.NONE));
        double struggleTwo = cold(workspace, () -> services.strugglePeriods().compare(feature, periods, Progress.NONE));
        return new Timing(feature, periods.current().toString(), periods.other().toString(), adoptionOne, adoptionTwo,
                adoptionTwo / adoptionOne, struggleOne, struggleTwo, struggleTwo / struggleOne, GOAL);
    }

    /** One warm-up, then the best of the runs, each after the remembered reads are forgotten (as after an import). */
    private double cold(Workspace workspace, Runnable work) {
        workspace.dataChanged();
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            workspace.dataChanged();
            best = Math.min(best, Stopwatch.ms(work));
        }
        return best;
    }
}
