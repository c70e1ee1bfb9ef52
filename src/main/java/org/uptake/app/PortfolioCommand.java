package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.Figures;
import org.uptake.model.Progress;
import org.uptake.report.PortfolioExport;
import org.uptake.workspace.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code uptake portfolio <ws> [--pdf out.pdf] [--csv out.csv] [--json]}: every feature ranked, with its flag. */
@Command(name = "portfolio", description = "Every feature ranked for investment: adoption against target, impact and its confidence,"
        + " struggles, weekly-use trend, a priority score and a flag (invest more, on track, needs help, sunset review).")
final class PortfolioCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    ExportOptions exports;

    @Mixin
    WorkspaceFolder workspace;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the portfolio summary as a PDF.")
    Path pdf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows as CSV.")
    Path csv;

    /** One row of {@code portfolio --json}, key by key in this order. */
    record RowJson(String feature, String name, LocalDate asOf, int priority, String flag, String why, double adoptionRate,
            String audience, double allActiveRate, double pace, double target, String impact, String impactConfidence,
            double struggleShare, String struggleTrend, String trend, @JsonInclude(JsonInclude.Include.NON_NULL) String caveat,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long feedbackLoopDays, String feedbackLoop, List<Integer> weeklyUsers,
            String targetAgainstAchieved) {

        static RowJson of(PortfolioRow r) {
            return new RowJson(r.featureKey(), r.name(), r.asOf(), r.priority(), r.flag().name().toLowerCase(Locale.ROOT), r.why(),
                    r.adoptionRate(), r.audience(), r.allActiveRate(), r.pace(), r.target(), r.impact(), r.impactConfidence().label(),
                    r.struggleShare(), r.struggleTrend(), r.trend(), r.caveat(), r.feedbackLoop().days(), r.feedbackLoop().describe(),
                    r.weeklyUsers(), r.targetAgainstAchieved());
        }
    }

    @Override
    public Integer call() {
        ExportFile pdfFile = exports.target(pdf, workspace.folder);
        ExportFile csvFile = exports.target(csv, workspace.folder);
        List<PortfolioRow> rows = workspace.read(services -> services.portfolio().rank(Progress.NONE));
        if (pdfFile != null) {
            PortfolioExport.pdf(rows, pdfFile);
        }
        if (csvFile != null) {
            PortfolioExport.csv(rows, csvFile);
        }
        options.print(rows.stream().map(RowJson::of).toList(), toText(rows));
        return 0;
    }

    static String toText(List<PortfolioRow> rows) {
        StringBuilder t = new StringBuilder();
        if (!rows.isEmpty()) {
            t.append("Portfolio as of ").append(rows.get(0).asOf()).append(" (the data's last day)\n");
        }
        for (PortfolioRow r : rows) {
            t.append(String.format(Figures.LOCALE, "%3d  %-26s %-14s adoption %s; %s%n     impact %s · struggling %s, %s · weekly use %s"
                            + " · feedback loop %s%n     %s%n", r.priority(), r.name(), r.flag().label(), r.adoptionText(), r.targetAgainstAchieved(), r.impactText(),
                    Figures.percent(r.struggleShare(), 0), r.struggleTrend(), r.trend(),
                    r.feedbackLoop().describe(), r.why()));
            if (r.caveat() != null) {
                t.append("     caveat: ").append(r.caveat()).append('\n');
            }
        }
        return t.toString().stripTrailing();
    }
}
