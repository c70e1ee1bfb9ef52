package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.adoption.AdoptionComparison;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.Period;
import org.uptake.adoption.RateComparison;
import org.uptake.extract.ExactCounts;
import org.uptake.extract.SampleLabel;
import org.uptake.model.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake funnel <ws> --feature K [--by ATTR] [--window 7d]}: the feature's funnel, broken down. */
@Command(name = "funnel", description = "A feature's funnel with a conversion window, optionally by segment, plan, role or platform.")
final class FunnelCommand implements Callable<Integer> {

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

    @Mixin
    CompareOption compare;

    /** What {@code funnel --compare --json} prints: both windows, overall conversion and each step's, with the differences. */
    record FunnelComparisonJson(String feature, Period current, Period other, int windowDays, RateComparison conversion,
            List<RateComparison> steps, String method, List<String> caveats) {
    }

    /**
     * What {@code funnel --json} prints: the report's groups and steps as they are; from a Spark extract, {@code exact}: the steps
     * the cluster counted over everyone (overall, in its 7-day window).
     */
    record FunnelJson(String feature, String by, String byLabel, int windowDays, List<FunnelReport.Group> groups,
            @JsonInclude(JsonInclude.Include.NON_NULL) ExactFunnel exact) {

        static FunnelJson of(FunnelReport r, ExactCounts exact) {
            return new FunnelJson(r.featureKey(), r.by().name().toLowerCase(Locale.ROOT), r.by().label(), r.windowDays(), r.groups(),
                    exact == null || exact.funnel().isEmpty() ? null : new ExactFunnel(ExactJson.Source.of(exact.source()),
                            ExactCounts.FUNNEL_WINDOW_DAYS, exact.funnel(), exact.abandoned()));
        }
    }

    /** The funnel's steps counted exactly on the cluster, and where. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExactFunnel(@JsonUnwrapped ExactJson.Source source, int windowDays, List<ExactCounts.Step> steps, Long abandoned) {
    }

    /** What one opening of the workspace reads: the sample's funnel and the cluster's exact one (null without an extract). */
    private record Read(FunnelReport report, ExactCounts exact) {
    }

    @Override
    public Integer call() {
        FunnelReport.Breakdown breakdown;
        int days;
        try {
            breakdown = FunnelReport.Breakdown.parse(by);
            days = Integer.parseInt(window.toLowerCase().replace("d", "").trim());
        } catch (IllegalArgumentException e) {
            throw options.usage("--by is segment, plan, role or platform; --window is a number of days like 7d");
        }
        compare.check(options);
        if (compare.asked()) {
            if (breakdown != FunnelReport.Breakdown.NONE) {
                throw options.usage("--compare compares the whole funnel; leave out --by");
            }
            AdoptionComparison c = target.workspace.read(services -> services.periods().compare(target.feature,
                    compare.periods(dates, services.adoption().lastDay()), days));
            if (c.funnelConversion() == null) {
                throw new IllegalArgumentException("Feature '" + target.feature + "' defines no funnel.");
            }
            List<RateComparison> rows = new java.util.ArrayList<>(List.of(c.funnelConversion()));
            rows.addAll(c.funnelSteps());
            options.print(new FunnelComparisonJson(c.featureKey(), c.current(), c.other(), days, c.funnelConversion(), c.funnelSteps(),
                    c.method(), c.caveats()), ComparisonText.of("Funnel of " + c.featureName() + ", " + days + "-day window", c.current(),
                    c.other(), rows, List.of("Funnel conversion: of the people who entered the funnel in a window, the share who reached"
                            + " its last step; a step's row: of those who reached the step before, the share who reached it."),
                    c.method(), c.caveats()));
            return 0;
        }
        Read read = target.workspace.read(services -> new Read(services.adoption().funnel(target.feature, breakdown, days,
                dates.from, dates.to), services.clusterFigures().counts(target.feature).orElse(null)));
        FunnelJson json = FunnelJson.of(read.report(), read.exact());
        String exact = json.exact() == null ? "" : exactText(read.exact(), days, dates.from != null || dates.to != null);
        options.print(json, exact + toText(read.report()));
        return 0;
    }

    /** The cluster's steps first, so the sample's below read as such; where its window or period differ from the asked, it says so. */
    private static String exactText(ExactCounts exact, int days, boolean narrowed) {
        String differs = (days != ExactCounts.FUNNEL_WINDOW_DAYS ? ", not the " + days + "-day window asked" : "")
                + (narrowed ? ", whole period (not the dates chosen)" : "");
        return "Counted exactly on cluster " + exact.source().cluster() + " over all " + Figures.count(exact.source().people()) + " people ("
                + ExactCounts.FUNNEL_WINDOW_DAYS + "-day window" + differs + "): " + exact.funnelLine() + System.lineSeparator()
                + "The funnel below is " + SampleLabel.of(exact.source()) + "." + System.lineSeparator();
    }

    static String toText(FunnelReport report) {
        StringBuilder t = new StringBuilder(String.format("Funnel of %s, %d-day window%s", report.featureKey(), report.windowDays(),
                report.by() == FunnelReport.Breakdown.NONE ? "" : ", by " + report.by().label()));
        for (FunnelReport.Group g : report.groups()) {
            t.append('\n').append(g.value());
            for (FunnelReport.Step s : g.steps()) {
                t.append(String.format("%n  %-26s %8s  %6s", s.name(), Figures.count(s.people()), Figures.percent(s.conversionFromPrevious(), 1)));
            }
        }
        return t.toString();
    }
}
