package org.uptake.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.SafeCsv;

/** The impact report's figures as CSV: one row per success metric. */
public final class ImpactCsv {

    private ImpactCsv() {
    }

    public static void write(ImpactReport r, ExportFile file) {
        try {
            file.writeText(out -> {
                SafeCsv csv = new SafeCsv(out, "feature", "metric", "method", "better", "change", "low", "high", "placebo", "placebo_low",
                        "placebo_high", "confidence", "adopters", "others", "before", "after", "others_before", "others_after",
                        "weeks_before", "weeks_after", "verdict", "caveats");
                for (MetricImpact m : r.metrics()) {
                    csv.row(r.feature().key(), m.name(), m.method(), m.better(),
                            m.effect() == null ? null : m.effect().value(), m.effect() == null ? null : m.effect().low(),
                            m.effect() == null ? null : m.effect().high(), m.placebo() == null ? null : m.placebo().value(),
                            m.placebo() == null ? null : m.placebo().low(), m.placebo() == null ? null : m.placebo().high(),
                            m.confidence().label(), m.adopters(), m.others(), m.before(), m.after(), m.othersBefore(), m.othersAfter(),
                            m.weeksBefore(), m.weeksAfter(), m.verdict(), String.join(" | ", m.caveats()));
                }
                csv.close();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
