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
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

/** The portfolio summary: a PDF for leadership and a CSV of the same rows. */
public final class PortfolioExport {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PortfolioExport() {
    }

    public static void pdf(List<PortfolioRow> rows, ExportFile file) {
        try (PdfLayout pdf = new PdfLayout("Feature portfolio", "Uptake · feature portfolio")) {
            pdf.titlePage("Feature portfolio", rows.size() + " features ranked for investment", List.of("Made " + MADE.format(Instant.now())
                    + " with Uptake"), "Priority rises with measured impact, with the room left to each feature's target and with how many"
                    + " people struggle; features whose use fell week after week are flagged for a sunset review.");
            pdf.heading("Ranking");
            List<List<String>> table = new ArrayList<>();
            for (PortfolioRow r : rows) {
                table.add(List.of(r.name(), Integer.toString(r.priority()), r.flag().label(), String.format(Locale.ROOT, "%.1f%% (pace %.1f%%,"
                        + " target %.0f%%)", 100 * r.adoptionRate(), 100 * r.pace(), 100 * r.target()), r.impact() + " (" + r.impactConfidence().label()
                        + ")", String.format(Locale.ROOT, "%.0f%% (%s)", 100 * r.struggleShare(), r.struggleTrend()), r.trend()));
            }
            pdf.table(List.of("Feature", "Priority", "Flag", "Adoption", "Impact (confidence)", "Struggling", "Weekly use"), table,
                    new float[] {1.5f, 0.8f, 1.1f, 1.8f, 2.2f, 0.9f, 1.3f});
            pdf.heading("Why each flag");
            List<String> bullets = new ArrayList<>();
            for (PortfolioRow r : rows) {
                bullets.add(r.name() + " — " + r.flag().label() + ": " + r.why() + ". Feedback loop: " + (r.feedbackLoopDays() == null
                        ? "no impact report yet" : r.feedbackLoopDays() + " days from launch to the first impact report") + ".");
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
                SafeCsv csv = new SafeCsv(out, "feature", "name", "launched_at", "priority", "flag", "why", "adoption_rate", "pace", "target",
                        "impact", "impact_confidence", "struggle_share", "struggle_trend", "trend", "feedback_loop_days");
                for (PortfolioRow r : rows) {
                    csv.row(r.featureKey(), r.name(), r.launchedAt().toString(), r.priority(), r.flag().label(), r.why(), r.adoptionRate(),
                            r.pace(), r.target(), r.impact(), r.impactConfidence().label(), r.struggleShare(), r.struggleTrend(), r.trend(),
                            r.feedbackLoopDays());
                }
                csv.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
