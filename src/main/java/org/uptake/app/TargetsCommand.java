package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.adoption.LaunchCurve;
import org.uptake.adoption.TargetAdvice;
import org.uptake.adoption.TargetHistory;
import org.uptake.model.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake targets <ws> [--feature K [--target T] [--horizon D]]}: past launches' curves, and a target placed among them. */
@Command(name = "targets", description = "Targets from history: every launch's target against what it achieved, the past launches'"
        + " adoption at 7, 14, 30, 60 and 90 days, and with --feature where its target sits among them, with suggestions at"
        + " their median and 75th percentile.")
final class TargetsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--feature", paramLabel = "K", description = "Place this feature's target among the past launches.")
    String feature;

    @Option(names = "--target", paramLabel = "T", description = "A proposed target (a share, 0-1) instead of the feature's own.")
    Double target;

    @Option(names = "--horizon", paramLabel = "D", description = "Days after launch to compare at: 7, 14, 30, 60 or 90"
            + " (default: the nearest to the feature's target window).")
    Integer horizon;

    /** The answer of {@code targets --json}, key by key in this order. */
    record TargetsJson(List<LaunchCurve> launches, List<String> pastLaunches, @JsonInclude(JsonInclude.Include.NON_NULL) TargetAdvice advice) {
    }

    @Override
    public Integer call() {
        if (target != null && !(target > 0 && target <= 1)) {
            throw options.usage("--target is a share between 0 and 1, such as 0.25 (got " + target + ")");
        }
        if (feature == null && (target != null || horizon != null)) {
            throw options.usage("--target and --horizon need --feature");
        }
        TargetsJson answer = workspace.read(services -> {
            TargetHistory history = services.targets();
            List<LaunchCurve> launches = history.launches();
            List<String> past = history.past(launches).stream().map(LaunchCurve::featureKey).toList();
            return new TargetsJson(launches, past, feature == null ? null : history.advise(feature, target, horizon));
        });
        options.print(answer, toText(answer));
        return 0;
    }

    static String toText(TargetsJson answer) {
        StringBuilder t = new StringBuilder("Target against achieved (target audience, at the end of the target's window)\n");
        for (LaunchCurve c : answer.launches()) {
            t.append(String.format(Figures.LOCALE, "  %-28s launched %s  %s%n", c.name(), c.launchedAt(), c.targetAgainstAchieved()));
        }
        t.append(String.format(Figures.LOCALE, "Past launches (%d): adoption at %s days%n", answer.pastLaunches().size(),
                LaunchCurve.HORIZONS));
        for (LaunchCurve c : answer.launches()) {
            if (answer.pastLaunches().contains(c.featureKey())) {
                t.append(String.format(Figures.LOCALE, "  %-28s", c.name()));
                c.overall().forEach(p -> t.append(String.format(Figures.LOCALE, " %7s", p.censored() ? "–" : Figures.percent(p.rate(), 1))));
                t.append('\n');
            }
        }
        TargetAdvice advice = answer.advice();
        if (advice != null) {
            t.append(advice.verdict());
            if (advice.median() != null) {
                t.append(String.format(Figures.LOCALE, "%nSuggested at %d days: %s (median), %s (75th percentile).", advice.horizon(),
                        Figures.percent(advice.median(), 1), Figures.percent(advice.p75(), 1)));
            }
            if (advice.warning() != null) {
                t.append("\nWarning: ").append(advice.warning());
            }
        }
        return t.toString().stripTrailing();
    }
}
