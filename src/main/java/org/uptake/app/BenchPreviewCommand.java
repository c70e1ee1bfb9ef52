package org.uptake.app;

import java.util.concurrent.Callable;
import org.uptake.adoption.DefinitionPreview;
import org.uptake.model.Feature;
import org.uptake.services.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake bench preview <ws> --feature K}: how long the feature editor's live preview takes for that feature's definition. */
@Command(name = "preview", description = "Latency of the feature editor's live preview (adopters and funnel of a definition not saved yet).")
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
    record Latency(String feature, int activePeople, int adopters, double firstPreviewMs, double previewMs) {
    }

    @Override
    public Integer call() {
        Latency l = target.workspace.read(services -> measure(services, target.feature, runs));
        options.print(l, String.format("%s: %,d adopters of %,d active people; live preview %.0f ms while the events stay the same"
                + " (best of %d runs; goal %s ms), %.0f ms when new events are picked", l.feature(), l.adopters(), l.activePeople(),
                l.previewMs(), runs, GOAL, l.firstPreviewMs()));
        return 0;
    }

    /** The preview of the feature's definition under a key nothing is stored for, as the editor runs it while a PM types. */
    static Latency measure(WorkspaceServices services, String key, int runs) {
        Feature stored = services.adoption().feature(key);
        Feature draft = new Feature(key + "-draft", stored.name(), stored.launchedAt(), stored.problem(), stored.targetSegments(),
                stored.adoption(), stored.funnel(), stored.revertEvent(), stored.legacyEvents(), stored.usageEvents(),
                stored.successMetrics(), stored.brief(), stored.rageClickIgnore());
        DefinitionPreview preview = services.definitionPreview();
        DefinitionPreview.Counts[] counts = new DefinitionPreview.Counts[1];
        counts[0] = preview.of(draft);
        // New events picked: the remembered events are forgotten (as after an import) and read again.
        double first = Stopwatch.best(runs, () -> {
            services.workspace().dataChanged();
            counts[0] = preview.of(draft);
        });
        // Typing a name, a target or a date: the events stay the same.
        double typing = Stopwatch.best(runs, () -> counts[0] = preview.of(draft));
        return new Latency(key, counts[0].summary().activePeople(), counts[0].summary().adopters(), first, typing);
    }
}
