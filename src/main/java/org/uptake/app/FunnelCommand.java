package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.FunnelReport;
import org.uptake.model.Figures;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code uptake funnel <ws> --feature K [--by ATTR] [--window 7d]}: the feature's funnel, broken down. */
@Command(name = "funnel", description = "A feature's funnel with a conversion window, optionally by segment, plan, role or platform.")
final class FunnelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Option(names = "--by", paramLabel = "ATTR", description = "segment, plan, role or platform (the platform of the attempt: where step 1 happened; default: no breakdown).")
    String by;

    @Option(names = "--window", paramLabel = "7d", description = "Conversion window from each step-1 attempt (default: 7d).")
    String window = "7d";

    @Mixin
    WindowOptions dates;

    @Override
    public Integer call() {
        FunnelReport.Breakdown breakdown;
        int days;
        try {
            breakdown = FunnelReport.Breakdown.parse(by);
            days = Integer.parseInt(window.toLowerCase().replace("d", "").trim());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--by is segment, plan, role or platform; --window is a number of days like 7d");
        }
        FunnelReport report;
        try (Workspace workspace = Workspace.open(target.folder)) {
            report = new AdoptionAnalysis(workspace).funnel(target.feature, breakdown, days, dates.from, dates.to);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.println(Json.write(toJson(report)));
            return 0;
        }
        out.printf("Funnel of %s, %d-day window%s%n", report.featureKey(), report.windowDays(),
                breakdown == FunnelReport.Breakdown.NONE ? "" : ", by " + breakdown.label());
        for (FunnelReport.Group g : report.groups()) {
            out.println(g.value());
            for (FunnelReport.Step s : g.steps()) {
                out.printf("  %-26s %8s  %6s%n", s.name(), Figures.count(s.people()), Figures.percent(s.conversionFromPrevious(), 1));
            }
        }
        return 0;
    }

    static ObjectNode toJson(FunnelReport report) {
        ObjectNode root = Json.object().put("feature", report.featureKey()).put("by", report.by().name().toLowerCase(java.util.Locale.ROOT))
                .put("byLabel", report.by().label())
                .put("windowDays", report.windowDays());
        ArrayNode groups = root.putArray("groups");
        for (FunnelReport.Group g : report.groups()) {
            ObjectNode group = groups.addObject().put("value", g.value());
            ArrayNode steps = group.putArray("steps");
            g.steps().forEach(s -> steps.addObject().put("name", s.name()).put("people", s.people())
                    .put("conversionFromPrevious", s.conversionFromPrevious()));
        }
        return root;
    }
}
