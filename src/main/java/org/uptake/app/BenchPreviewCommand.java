package org.uptake.app;

import java.util.concurrent.Callable;
import java.util.List;
import org.uptake.adoption.DefinitionPreview;
import org.uptake.impact.MetricPreview;
import org.uptake.model.Feature;
import org.uptake.services.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake bench preview <ws> --feature K}: how long the feature editor's live preview takes for that feature's definition. */
@Command(name = "preview", description = "Latency of the feature editor's live preview (adopters, funnel and success metrics before and"
        + " after launch of a definition not saved yet).")
final class BenchPreviewCommand implements Callable<Integer> {

    /** The goals: within 300 ms on the sample, 2 s on the million-person scenario. */
    static final String GOAL = "< 300 on the sample, < 2,000 at 1M people";

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    /** What the command measures, as {@code --json} prints it. */
    record Latency(String feature, int activePeople, int adopters, List<String> metrics, double firstPreviewMs, double previewMs,
            double firstAdoptersMs, double firstMetricsMs) {
    }

    @Override
    public Integer call() {
        Latency l = target.workspace.read(services -> measure(services, target.feature, runs));
        options.print(l, String.format("%s: %,d adopters of %,d active people, %d success metric%s; live preview %.0f ms while the events"
                + " stay the same (best of %d runs; goal %s ms), %.0f ms when everything is read again (adopters and funnel %.0f ms,"
                + " success metrics %.0f ms; the editor counts the two side by side)%s", l.feature(), l.adopters(),
                l.activePeople(), l.metrics().size(), l.metrics().size() == 1 ? "" : "s", l.previewMs(), runs, GOAL, l.firstPreviewMs(),
                l.firstAdoptersMs(), l.firstMetricsMs(),
                l.metrics().stream().map(m -> System.lineSeparator() + "  " + m).reduce("", String::concat)));
        return 0;
    }

    /** The preview of the feature's definition under a key nothing is stored for, as the editor runs it while a PM types. */
    static Latency measure(WorkspaceServices services, String key, int runs) {
        Feature stored = services.adoption().feature(key);
        Feature draft = new Feature(key + "-draft", stored.name(), stored.launchedAt(), stored.problem(), stored.targetSegments(),
                stored.adoption(), stored.funnel(), stored.revertEvent(), stored.legacyEvents(), stored.usageEvents(),
                stored.successMetrics(), stored.brief(), stored.rageClickIgnore());
        DefinitionPreview preview = services.definitionPreview();
        MetricPreview metrics = services.metricPreview();
        // The editor's one preview job: adopters and funnel, then the success metrics before and after launch.
        Previewed[] last = {new Previewed(preview.of(draft), metrics.of(draft))};
        // New events picked: the remembered events are forgotten (as after an import) and read again.
        double first = Stopwatch.best(runs, () -> {
            services.workspace().dataChanged();
            last[0] = new Previewed(preview.of(draft), metrics.of(draft));
        });
        // The two halves the editor runs side by side, each read again.
        double adopters = Stopwatch.best(runs, () -> {
            services.workspace().dataChanged();
            preview.of(draft);
        });
        double metricsAlone = Stopwatch.best(runs, () -> {
            services.workspace().dataChanged();
            metrics.of(draft);
        });
        // Typing a name, a target or a date: the events stay the same.
        double typing = Stopwatch.best(runs, () -> last[0] = new Previewed(preview.of(draft), metrics.of(draft)));
        DefinitionPreview.Counts counts = last[0].counts();
        List<String> lines = last[0].metrics().stream().map(MetricPreview.Values::line).toList();
        return new Latency(key, counts.summary().activePeople(), counts.summary().adopters(), lines, first, typing, adopters, metricsAlone);
    }

    private record Previewed(DefinitionPreview.Counts counts, List<MetricPreview.Values> metrics) {
    }
}
