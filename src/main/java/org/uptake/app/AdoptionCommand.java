package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Figures;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uptake adoption <ws> --feature K}: the target audience's adoption against target and pace, by segment, plan, role and main platform. */
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
        AdoptionSummary.TargetAudience audience = s.targetAudience();
        ObjectNode target = root.putObject("targetAudience");
        audience.segments().forEach(target.putArray("segments")::add);
        target.put("activePeople", audience.activePeople()).put("adopters", audience.adopters())
                .put("adoptionRate", audience.adoptionRate());
        timeToFirstUse(target.putObject("timeToFirstUse"), audience.timeToFirstUse());
        breakdown(root.putArray("bySegment"), "segment", s.bySegment());
        breakdown(root.putArray("byPlan"), "plan", s.byPlan());
        breakdown(root.putArray("byRole"), "role", s.byRole());
        breakdown(root.putArray("byMainPlatform"), "mainPlatform", s.byPlatform());
        timeToFirstUse(root.putObject("timeToFirstUse"), s.timeToFirstUse());
        root.put("abandoned", s.abandoned())
                .put("abandonmentRate", s.abandonmentRate())
                .put("reverted", s.reverted())
                .put("stopped", s.stopped());
        if (s.dataStart() != null) {
            root.put("dataStart", s.dataStart().toString());
        }
        ArrayNode caveats = root.putArray("caveats");
        if (s.caveat() != null) {
            caveats.add("Adoption and depth: " + s.caveat() + ".");
            caveats.add("Time to first use: " + s.timeToFirstUseCaveat() + ".");
        }
        return root;
    }

    private static void timeToFirstUse(ObjectNode node, AdoptionSummary.TimeToFirstUse t) {
        node.put("adopters", t.adopters());
        number(node, "medianDays", t.medianDays());
        number(node, "p75Days", t.p75Days());
        node.put("within7Days", t.within7Days()).put("leftOut", t.leftOut());
    }

    /** A figure that cannot be computed (no adopters yet) is null, never NaN. */
    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private static void breakdown(ArrayNode array, String name, List<AdoptionSummary.Breakdown> rows) {
        rows.forEach(b -> array.addObject().put(name, b.value()).put("activePeople", b.activePeople())
                .put("adopters", b.adopters()).put("adoptionRate", b.adoptionRate()));
    }

    static String toText(AdoptionSummary s) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Figures.LOCALE, "%s — %s to %s (%d days since launch on %s)%n", s.featureName(), s.from(), s.to(),
                s.daysSinceLaunch(), s.launchedAt()));
        AdoptionSummary.TargetAudience audience = s.targetAudience();
        text.append(String.format(Figures.LOCALE, "Adoption   %s of %s (%s of %s active people); target %s within %d days, pace today %s — %s%n",
                Figures.percent(audience.adoptionRate(), 1), audience.describe(), Figures.count(audience.adopters()),
                Figures.count(audience.activePeople()), Figures.percent(s.target(), 0), s.targetWithinDays(), Figures.percent(s.pace(), 1),
                s.aheadOfPace() ? "ahead of pace" : "behind pace"));
        if (audience.isSegments()) {
            text.append(String.format(Figures.LOCALE, "           %s of all active people (%s of %s)%n", Figures.percent(s.adoptionRate(), 1),
                    Figures.count(s.adopters()), Figures.count(s.activePeople())));
        }
        for (AdoptionSummary.Breakdown b : s.bySegment()) {
            text.append(String.format(Figures.LOCALE, "  %-14s %6s  (%s of %s) %s%n", b.value(), Figures.percent(b.adoptionRate(), 1),
                    Figures.count(b.adopters()), Figures.count(b.activePeople()), s.standing(b.adoptionRate()).label()));
        }
        text.append(String.format(Figures.LOCALE, "Time to first use   %s%n", timeToFirstUse(s.timeToFirstUse())));
        if (audience.isSegments()) {
            text.append(String.format(Figures.LOCALE, "  in %s   %s%n", audience.describe(), timeToFirstUse(audience.timeToFirstUse())));
        }
        text.append(String.format(Figures.LOCALE, "Abandoned %s (%s of active) · reverted %s · stopped %s", Figures.count(s.abandoned()),
                Figures.percent(s.abandonmentRate(), 1), Figures.count(s.reverted()), Figures.count(s.stopped())));
        if (s.caveat() != null) {
            text.append(String.format("%nCaveat: %s.%nCaveat: %s.", s.caveat(), s.timeToFirstUseCaveat()));
        }
        return text.toString();
    }

    private static String timeToFirstUse(AdoptionSummary.TimeToFirstUse t) {
        return t.adopters() == 0 ? "no adopters to measure" : "median " + Figures.days(t.medianDays()) + ", p75 " + Figures.days(t.p75Days())
                + ", " + Figures.percent(t.within7Days(), 0) + " within 7 days";
    }
}
