package org.uptake.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uptake.extract.ExactMetric;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.ValidationReport;
import org.uptake.impact.MetricImpact;
import org.uptake.model.Progress;
import org.uptake.report.ImpactCsv;
import org.uptake.report.ImpactPdf;
import org.uptake.workspace.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake impact <ws> --feature K [--pdf out.pdf] [--validate] [--json]}: did the feature solve its problem, and how sure are we. */
@Command(name = "impact", description = "Whether a feature solved the problem it was built for: each success metric's change"
        + " (difference in differences with a bootstrap interval and a placebo), with confidence, caveats and recommendations.")
final class ImpactCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    FeatureOptions target;

    @Mixin
    ExportOptions exports;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the report as a PDF for leadership.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the metrics as CSV.")
    Path csv;

    @Option(names = "--validate", description = "Also check the analysis against itself: its false-claim rate at 30 placebo launch"
            + " dates before launch, and its recovery rate of a known change injected into a copy of the data (in memory).")
    boolean validate;

    /** The report, with --validate its validation, and from a Spark extract its metrics' exact aggregates (else empty). */
    private record Checked(ImpactReport report, ValidationReport validation, List<ExactMetric> exact) {
    }

    /** A success metric's exact aggregates in {@code impact --json}'s {@code exact}: each side's people, events and property total. */
    record ExactMetricJson(String name, Map<String, Side> sides, Long ticketsBefore, Long ticketsAfter, long daysBefore, long daysAfter,
            String sentence) {

        static ExactMetricJson of(ExactMetric m) {
            Map<String, Side> sides = new LinkedHashMap<>();
            for (String side : List.of("adopters/before", "adopters/after", "others/before", "others/after")) {
                double[] s = m.sides().getOrDefault(side, new double[3]);
                if (m.byEvent()) {
                    sides.put(side, new Side(Math.round(s[0]), Math.round(s[1]), m.property() ? s[2] : null));
                }
            }
            return new ExactMetricJson(m.name(), sides, m.ticketsBefore(), m.ticketsAfter(), m.daysBefore(), m.daysAfter(), m.sentence());
        }
    }

    /** One side of launch for adopters or everyone else: people with the event, events, and the property's total. */
    record Side(long people, long events, Double total) {
    }

    @Override
    public Integer call() {
        ExportFile pdfFile = exports.target(pdf, target.workspace.folder);
        ExportFile csvFile = exports.target(csv, target.workspace.folder);
        Checked checked = target.workspace.read(services -> {
            ImpactReport report = services.impact().report(target.feature, true, Progress.NONE);
            return new Checked(report, validate ? services.validation().validate(report, Progress.NONE) : null,
                    services.clusterFigures().metrics(report.feature()));
        });
        ImpactReport report = checked.report();
        ValidationReport validation = checked.validation();
        if (pdfFile != null) {
            ImpactPdf.write(report, validation, pdfFile);
        }
        if (csvFile != null) {
            ImpactCsv.write(report, csvFile);
        }
        ObjectNode json = ImpactAnalysis.json(report);
        if (validation != null) {
            json.set("validation", ImpactValidation.json(validation));
        }
        if (!checked.exact().isEmpty()) {
            json.set("exact", Json.MAPPER.valueToTree(checked.exact().stream().map(ExactMetricJson::of).toList()));
        }
        options.print(json, text(report) + exactText(checked.exact()) + (validation == null ? "" : "\n\n" + text(validation)));
        return 0;
    }

    /** From a Spark extract, the metrics' plain aggregates over everyone beside the report's sampled comparison. */
    private static String exactText(List<ExactMetric> exact) {
        return exact.isEmpty() ? "" : "\n\n" + ExactMetric.section(exact);
    }

    private static String text(ValidationReport v) {
        StringBuilder t = new StringBuilder("Validation (the analysis checked against itself, seed " + v.seed() + ")\n");
        v.metrics().forEach(m -> t.append("  • ").append(m.sentence()).append('\n'));
        return t.toString().stripTrailing();
    }

    private static String text(ImpactReport r) {
        StringBuilder t = new StringBuilder(r.feature().name() + " — impact as of " + r.asOf() + "\n\n" + r.summary() + "\n");
        for (MetricImpact m : r.metrics()) {
            t.append(String.format(org.uptake.model.Figures.LOCALE, "%n%s (%s, better %s): %s%n", m.name(), m.method(), m.better(),
                    m.effect() == null ? "not measured" : String.format(org.uptake.model.Figures.LOCALE, "%+.1f%% [%+.1f%%, %+.1f%%]", 100 * m.effect().value(),
                            100 * m.effect().low(), 100 * m.effect().high())));
            t.append("  confidence ").append(m.confidence().label());
            if (m.placebo() != null) {
                t.append(String.format(org.uptake.model.Figures.LOCALE, "; placebo %+.1f%% [%+.1f%%, %+.1f%%] %s", 100 * m.placebo().value(),
                        100 * m.placebo().low(), 100 * m.placebo().high(), m.placeboPasses() ? "passes" : "FAILS"));
            }
            t.append('\n');
            m.caveats().forEach(c -> t.append("  - ").append(c).append('\n'));
        }
        t.append("\nRecommendations\n");
        r.recommendations().forEach(x -> t.append("  • ").append(x).append('\n'));
        return t.toString().stripTrailing();
    }
}
