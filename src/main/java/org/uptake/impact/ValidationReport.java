package org.uptake.impact;

import java.time.LocalDate;
import java.util.List;

/** The impact analysis checked against itself for one feature (DESIGN §5 "Validation"): one result per success metric. */
public record ValidationReport(String featureKey, LocalDate asOf, long seed, List<MetricValidation> metrics) {

    public ValidationReport {
        metrics = List.copyOf(metrics);
    }
}
