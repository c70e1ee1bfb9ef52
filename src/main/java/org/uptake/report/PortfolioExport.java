package org.uptake.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.Figures;
import org.uptake.outreach.SafeText;

/** The portfolio summary: a PDF for leadership and a CSV of the same rows. */
public final class PortfolioExport {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PortfolioExport() {
    }

    public static void pdf(List<PortfolioRow> rows, Path file) {
        try (PdfLayout pdf = new PdfLayout("Feature portfolio", "Uptake · feature portfolio")) {
            List<String> lines = new ArrayList<>();
            if (!rows.isEmpty()) {
                lines.add("Data to " + rows.get(0).asOf() + ": every figure, pace and feedback loop is as of that day");
            }
            lines.add("Made " + MADE.format(Instant.now()) + " with Uptake");
            pdf.titlePage("Feature portfolio", rows.size() + " features ranked for investment", lines, "Priority rises with measured impact, with the room left to each feature's target and with how many"
                    + " people struggle; features whose use fell week after week are flagged for a sunset review.");
            pdf.heading("Ranking");
            List<List<String>> table = new ArrayList<>();
            for (PortfolioRow r : rows) {
                table.add(List.of(r.name(), Integer.toString(r.priority()), r.flag().label(), r.adoptionText() + ", target "
                        + Figures.percent(r.target(), 0), r.impact() + " (" + r.impactConfidence().label() + ")",
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

    public static void csv(List<PortfolioRow> rows, Path file) {
        List<String> columns = List.of("feature", "name", "launched_at", "as_of", "priority", "flag", "why", "adoption_rate", "audience",
                "all_active_rate", "pace", "target", "caveat", "impact", "impact_confidence", "struggle_share", "struggle_trend", "trend",
                "feedback_loop_days", "feedback_loop");
        List<Map<String, String>> out = new ArrayList<>();
        for (PortfolioRow r : rows) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("feature", r.featureKey());
            row.put("name", SafeText.csvCell(r.name()));
            row.put("launched_at", r.launchedAt().toString());
            row.put("as_of", r.asOf().toString());
            row.put("priority", Integer.toString(r.priority()));
            row.put("flag", r.flag().label());
            row.put("why", SafeText.csvCell(r.why()));
            row.put("adoption_rate", Figures.exact(r.adoptionRate()));
            row.put("audience", SafeText.csvCell(r.audience()));
            row.put("all_active_rate", Figures.exact(r.allActiveRate()));
            row.put("pace", Figures.exact(r.pace()));
            row.put("target", Figures.exact(r.target()));
            row.put("caveat", r.caveat() == null ? "" : SafeText.csvCell(r.caveat()));
            row.put("impact", SafeText.csvCell(r.impact()));
            row.put("impact_confidence", r.impactConfidence().label());
            row.put("struggle_share", Figures.exact(r.struggleShare()));
            row.put("struggle_trend", r.struggleTrend());
            row.put("trend", r.trend());
            row.put("feedback_loop_days", r.feedbackLoop().days() == null ? "" : r.feedbackLoop().days().toString());
            row.put("feedback_loop", r.feedbackLoop().describe());
            out.add(row);
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        try {
            Files.writeString(file, new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(out), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
