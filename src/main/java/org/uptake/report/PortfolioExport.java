package org.uptake.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.Figures;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

/** The portfolio summary: a PDF for leadership and a CSV of the same rows. */
public final class PortfolioExport {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PortfolioExport() {
    }

    public static void pdf(List<PortfolioRow> rows, ExportFile file) {
        try (PdfLayout pdf = new PdfLayout("Feature portfolio", "Uptake · feature portfolio")) {
            List<String> lines = new ArrayList<>();
            if (!rows.isEmpty()) {
                lines.add("Data to " + rows.get(0).asOf() + ": every figure, pace and feedback loop is as of that day");
            }
            lines.add("Made " + MADE.format(Instant.now()) + " with Uptake");
            pdf.titlePage("Feature portfolio", rows.size() + " features ranked for investment", lines, "Priority rises with measured impact, with the room left to each feature's target and with how many"
                    + " people struggle; features whose adopters' weekly retention falls by a trend test are flagged for a sunset review.");
            pdf.heading("Ranking");
            List<List<String>> table = new ArrayList<>();
            for (PortfolioRow r : rows) {
                table.add(List.of(r.name(), Integer.toString(r.priority()), r.flag().label(), r.adoptionText() + "; "
                        + r.targetAgainstAchieved(), r.impactText(),
                        Figures.percent(r.struggleShare(), 0) + ", " + r.struggleTrend(), r.trend()));
            }
            pdf.table(List.of("Feature", "Priority", "Flag", "Adoption", "Impact (confidence)", "Struggling", "Weekly use"), table,
                    new float[] {1.5f, 0.8f, 1.1f, 1.8f, 2.2f, 0.9f, 1.3f});
            pdf.heading("Why each flag");
            List<String> bullets = new ArrayList<>();
            for (PortfolioRow r : rows) {
                bullets.add(r.name() + " — " + r.flag().label() + ": " + r.why() + ". Feedback loop: " + r.feedbackLoop().describe() + "."
                        + (r.caveat() == null ? "" : " Caveat: " + r.caveat() + "."));
            }
            pdf.bullets(bullets);
            pdf.heading("Weekly users");
            pdf.chart(PortfolioCharts.weeklyUsers(rows), 260);
            pdf.save(file);
        }
    }

    public static void csv(List<PortfolioRow> rows, ExportFile file) {
        try {
            file.writeText(out -> {
                SafeCsv csv = new SafeCsv(out, "feature", "name", "launched_at", "as_of", "priority", "flag", "why", "adoption_rate",
                        "audience", "all_active_rate", "pace", "target", "caveat", "impact", "impact_confidence", "struggle_share",
                        "struggle_trend", "trend", "feedback_loop_days", "feedback_loop", "target_against_achieved");
                for (PortfolioRow r : rows) {
                    csv.row(r.featureKey(), r.name(), r.launchedAt().toString(), r.asOf().toString(), r.priority(), r.flag().label(), r.why(),
                            Figures.exact(r.adoptionRate()), r.audience(), Figures.exact(r.allActiveRate()), Figures.exact(r.pace()),
                            Figures.exact(r.target()), r.caveat(), r.impact(), r.impactConfidence().label(), Figures.exact(r.struggleShare()),
                            r.struggleTrend(), r.trend(), r.feedbackLoop().days(), r.feedbackLoop().describe(),
                            r.targetAgainstAchieved());
                }
                csv.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
