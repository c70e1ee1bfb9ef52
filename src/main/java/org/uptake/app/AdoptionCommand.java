package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uptake adoption <ws> --feature K}: adoption against target and pace, by segment, plan and role. */
@Command(name = "adoption", description = "A feature's adoption: rate against target and pace, by segment, plan and role,"
        + " time to first use, abandoned, reverted, stopped.")
final class AdoptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    WindowOptions dates;

    @Override
    public Integer call() {
        AdoptionSummary s;
        try (Workspace workspace = Workspace.open(target.folder)) {
            s = new AdoptionAnalysis(workspace).summary(target.feature, dates.from, dates.to);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(options.json ? Json.write(toJson(s)) : toText(s));
        return 0;
    }

    static ObjectNode toJson(AdoptionSummary s) {
        ObjectNode root = Json.object()
                .put("feature", s.featureKey())
                .put("name", s.featureName())
                .put("launchedAt", s.launchedAt().toString())
                .put("from", s.from().toString())
                .put("to", s.to().toString())
                .put("daysSinceLaunch", s.daysSinceLaunch())
                .put("activePeople", s.activePeople())
                .put("adopters", s.adopters())
                .put("adoptionRate", s.adoptionRate())
                .put("target", s.target())
                .put("targetWithinDays", s.targetWithinDays())
                .put("pace", s.pace())
                .put("aheadOfPace", s.aheadOfPace());
        breakdown(root.putArray("bySegment"), "segment", s.bySegment());
        breakdown(root.putArray("byPlan"), "plan", s.byPlan());
        breakdown(root.putArray("byRole"), "role", s.byRole());
        breakdown(root.putArray("byPlatform"), "platform", s.byPlatform());
        root.putObject("timeToFirstUse")
                .put("adopters", s.timeToFirstUse().adopters())
                .put("medianDays", s.timeToFirstUse().medianDays())
                .put("p75Days", s.timeToFirstUse().p75Days())
                .put("within7Days", s.timeToFirstUse().within7Days());
        root.put("abandoned", s.abandoned())
                .put("abandonmentRate", s.abandonmentRate())
                .put("reverted", s.reverted())
                .put("stopped", s.stopped());
        return root;
    }

    private static void breakdown(ArrayNode array, String name, List<AdoptionSummary.Breakdown> rows) {
        rows.forEach(b -> array.addObject().put(name, b.value()).put("activePeople", b.activePeople())
                .put("adopters", b.adopters()).put("adoptionRate", b.adoptionRate()));
    }

    static String toText(AdoptionSummary s) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s — %s to %s (%d days since launch on %s)%n", s.featureName(), s.from(), s.to(),
                s.daysSinceLaunch(), s.launchedAt()));
        text.append(String.format("Adoption   %.1f%% (%,d of %,d active people); target %.0f%% within %d days, pace today %.1f%% — %s%n",
                100 * s.adoptionRate(), s.adopters(), s.activePeople(), 100 * s.target(), s.targetWithinDays(), 100 * s.pace(),
                s.aheadOfPace() ? "ahead of pace" : "behind pace"));
        for (AdoptionSummary.Breakdown b : s.bySegment()) {
            text.append(String.format("  %-14s %5.1f%%  (%,d of %,d)%n", b.value(), 100 * b.adoptionRate(), b.adopters(), b.activePeople()));
        }
        text.append(String.format("Time to first use   median %.1f days, p75 %.1f days, %.0f%% within 7 days%n",
                s.timeToFirstUse().medianDays(), s.timeToFirstUse().p75Days(), 100 * s.timeToFirstUse().within7Days()));
        text.append(String.format("Abandoned %,d (%.1f%% of active) · reverted %,d · stopped %,d", s.abandoned(),
                100 * s.abandonmentRate(), s.reverted(), s.stopped()));
        return text.toString();
    }
}
