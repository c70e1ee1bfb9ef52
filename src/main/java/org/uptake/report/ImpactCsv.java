package org.uptake.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.outreach.SafeText;

/** The impact report's figures as CSV: one row per success metric. */
public final class ImpactCsv {

    private ImpactCsv() {
    }

    public static void write(ImpactReport r, Path file) {
        List<String> columns = List.of("feature", "metric", "method", "better", "change", "low", "high", "placebo", "placebo_low",
                "placebo_high", "confidence", "adopters", "others", "before", "after", "others_before", "others_after", "weeks_before",
                "weeks_after", "verdict", "caveats");
        List<Map<String, String>> rows = new ArrayList<>();
        for (MetricImpact m : r.metrics()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("feature", r.feature().key());
            row.put("metric", SafeText.csvCell(m.name()));
            row.put("method", m.method());
            row.put("better", m.better());
            row.put("change", m.effect() == null ? "" : Double.toString(m.effect().value()));
            row.put("low", m.effect() == null ? "" : Double.toString(m.effect().low()));
            row.put("high", m.effect() == null ? "" : Double.toString(m.effect().high()));
            row.put("placebo", m.placebo() == null ? "" : Double.toString(m.placebo().value()));
            row.put("placebo_low", m.placebo() == null ? "" : Double.toString(m.placebo().low()));
            row.put("placebo_high", m.placebo() == null ? "" : Double.toString(m.placebo().high()));
            row.put("confidence", m.confidence().label());
            row.put("adopters", Integer.toString(m.adopters()));
            row.put("others", Integer.toString(m.others()));
            row.put("before", num(m.before()));
            row.put("after", num(m.after()));
            row.put("others_before", num(m.othersBefore()));
            row.put("others_after", num(m.othersAfter()));
            row.put("weeks_before", Integer.toString(m.weeksBefore()));
            row.put("weeks_after", Integer.toString(m.weeksAfter()));
            row.put("verdict", SafeText.csvCell(m.verdict()));
            row.put("caveats", SafeText.csvCell(String.join(" | ", m.caveats())));
            rows.add(row);
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        try {
            Files.writeString(file, new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
