package org.uptake.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.Portfolio;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.Figures;
import org.uptake.model.Progress;
import org.uptake.report.PortfolioExport;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uptake portfolio <ws> [--pdf out.pdf] [--csv out.csv] [--json]}: every feature ranked, with its flag. */
@Command(name = "portfolio", description = "Every feature ranked for investment: adoption against target, impact and its confidence,"
        + " struggles, weekly-use trend, a priority score and a flag (invest more, on track, needs help, sunset review).")
final class PortfolioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Mixin
    ExportOptions exports;

    @Parameters(index = "0", paramLabel = "<workspace>", description = "The workspace folder.")
    Path folder;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the portfolio summary as a PDF.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows as CSV.")
    Path csv;

    @Override
    public Integer call() {
        ExportFile pdfFile = exports.target(pdf, folder);
        ExportFile csvFile = exports.target(csv, folder);
        List<PortfolioRow> rows;
        try (Workspace workspace = Workspace.open(folder)) {
            rows = new Portfolio(workspace, new ImpactAnalysis(workspace)).rank(Progress.NONE);
        }
        if (pdfFile != null) {
            PortfolioExport.pdf(rows, pdfFile);
        }
        if (csvFile != null) {
            PortfolioExport.csv(rows, csvFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (PortfolioRow r : rows) {
                var node = array.addObject().put("feature", r.featureKey()).put("name", r.name()).put("asOf", r.asOf().toString())
                        .put("priority", r.priority()).put("flag", r.flag().name().toLowerCase(Locale.ROOT)).put("why", r.why())
                        .put("adoptionRate", r.adoptionRate()).put("audience", r.audience()).put("allActiveRate", r.allActiveRate())
                        .put("pace", r.pace()).put("target", r.target()).put("impact", r.impact())
                        .put("impactConfidence", r.impactConfidence().label()).put("struggleShare", r.struggleShare())
                        .put("struggleTrend", r.struggleTrend()).put("trend", r.trend());
                if (r.caveat() != null) {
                    node.put("caveat", r.caveat());
                }
                if (r.feedbackLoop().days() != null) {
                    node.put("feedbackLoopDays", r.feedbackLoop().days());
                }
                node.put("feedbackLoop", r.feedbackLoop().describe());
                r.weeklyUsers().forEach(node.putArray("weeklyUsers")::add);
            }
            out.println(Json.write(array));
        } else {
            StringBuilder t = new StringBuilder();
            if (!rows.isEmpty()) {
                t.append("Portfolio as of ").append(rows.get(0).asOf()).append(" (the data's last day)\n");
            }
            for (PortfolioRow r : rows) {
                t.append(String.format(Figures.LOCALE, "%3d  %-26s %-14s adoption %s%n     impact %s · struggling %s, %s · weekly use %s"
                                + " · feedback loop %s%n     %s%n", r.priority(), r.name(), r.flag().label(), r.adoptionText(), r.impactText(),
                        Figures.percent(r.struggleShare(), 0), r.struggleTrend(), r.trend(),
                        r.feedbackLoop().describe(), r.why()));
                if (r.caveat() != null) {
                    t.append("     caveat: ").append(r.caveat()).append('\n');
                }
            }
            out.println(t.toString().stripTrailing());
        }
        return 0;
    }
}
