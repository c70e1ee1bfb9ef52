package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdopterRetention;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionComparison;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.CrossBreakdown;
import org.uptake.extract.ExactAndSampled;
import org.uptake.extract.ExactCounts;
import org.uptake.model.FeatureVersion;
import org.uptake.model.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake adoption <ws> --feature K}: the target audience's adoption against target and pace, by segment, plan, role and main platform. */
@Command(name = "adoption", description = "A feature's adoption: rate against target and pace, by segment, plan and role,"
        + " time to first use, abandoned, reverted, stopped.")
final class AdoptionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    WindowOptions dates;

    @Option(names = "--retention", description = "Add who stays: adopters' weekly retention by adoption week and stickiness,"
            + " as of the data's last day (JSON: the field retention).")
    boolean retention;

    /** {@code adoption --retention --json}: the adoption's keys, then {@code retention}. */
    record WithRetention(@JsonUnwrapped AdoptionJson adoption, AdopterRetention retention) {
    }

    /** What one opening of the workspace reads: the adoption, and its retention when asked. */
    private record Read(AdoptionSummary summary, AdopterRetention retention, int version, String definition,
            Optional<ExactAndSampled> extract, Optional<ExactCounts> exact) {
    }

    @Mixin
    CompareOption compare;

    @Option(names = "--cross", paramLabel = "A,B", description = "Adoption by two attributes at once, a pivot of rows A and"
            + " columns B: two of segment, plan, role, platform (the main platform).")
    String cross;

    @Override
    public Integer call() {
        compare.check(options);
        if (cross != null) {
            return cross();
        }
        if (compare.asked()) {
            AdoptionComparison c = target.workspace.read(services -> services.periods().compare(target.feature,
                    compare.periods(dates, services.adoption().lastDay()), AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS));
            options.print(c, ComparisonText.of(c.featureName(), c.current(), c.other(), c.figures(),
                    List.of("Adoption: " + AdoptionComparison.DEFINITION + " (" + c.audience() + ")."), c.method(), c.caveats()));
            return 0;
        }
        Read read = target.workspace.read(services -> {
            AdoptionSummary s = services.adoption().summary(target.feature, dates.from, dates.to);
            Optional<FeatureVersion> used = services.featureVersions().latest(target.feature);
            return new Read(s, retention ? services.retention().of(target.feature) : null, used.map(FeatureVersion::version).orElse(0),
                    used.map(FeatureVersion::label).orElse(null), services.clusterFigures().adoption(s.featureKey(), s.adopters(), s.activePeople()),
                    services.clusterFigures().counts(s.featureKey()));
        });
        AdoptionSummary s = read.summary();
        // From a Spark extract, the exact count on the cluster comes first, so the sample's figures below are read as such.
        boolean narrowed = dates.from != null || dates.to != null;
        String text = read.extract().map(e -> e.label() + (narrowed ? " (The exact count is for the whole period, not the dates chosen.)" : "")
                + System.lineSeparator()).orElse("")
                + read.exact().map(c -> ExactText.of(c, narrowed) + System.lineSeparator() + System.lineSeparator()).orElse("")
                + toText(s, read.definition());
        AdoptionJson json = AdoptionJson.of(s, read.version(), read.exact().map(ExactJson::of).orElse(null));
        if (read.retention() == null) {
            options.print(json, text);
        } else {
            options.print(new WithRetention(json, read.retention()), text + "\n" + RetentionText.of(read.retention()));
        }
        return 0;
    }

    private int cross() {
        String[] pair = cross.split("[,×x]", -1);
        if (pair.length != 2 || compare.asked()) {
            throw options.usage(compare.asked() ? "--cross and --compare go one at a time" : "--cross takes two attributes: A,B (such as segment,plan)");
        }
        CrossBreakdown x;
        try {
            CrossBreakdown.attribute(pair[0]);
            CrossBreakdown.attribute(pair[1]);
        } catch (IllegalArgumentException e) {
            throw options.usage(e.getMessage());
        }
        x = target.workspace.read(services -> services.crossTabulation().of(target.feature, dates.from, dates.to, pair[0], pair[1]));
        options.print(x, CrossText.of(x));
        return 0;
    }

    /** {@code definition}: the definition the figures were counted on ("definition v3, 29 Nov 2026"), null when there is none. */
    static String toText(AdoptionSummary s, String definition) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Figures.LOCALE, "%s — %s to %s (%d days since launch on %s)%s%n", s.featureName(), s.from(), s.to(),
                s.daysSinceLaunch(), s.launchedAt(), definition == null ? "" : " · " + definition));
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
