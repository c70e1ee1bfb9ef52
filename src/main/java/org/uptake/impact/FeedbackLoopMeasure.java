package org.uptake.impact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.uptake.model.Feature;

/**
 * Finds a feature's feedback loop by re-measuring its success metrics as if the data ended after
 * each whole week since launch, earliest first, and stopping at the first measurable one. Whole
 * weeks are what the impact measure itself uses, so no date in between could give another answer.
 */
final class FeedbackLoopMeasure {

    private final MetricMeasure measure;

    FeedbackLoopMeasure(MetricMeasure measure) {
        this.measure = measure;
    }

    /**
     * @param latest the metrics as measured on all the data (the last step, already computed by the report)
     */
    FeedbackLoop find(Feature feature, LocalDate firstDay, LocalDate lastDay, List<MetricImpact> latest) {
        LocalDate launch = feature.launchedAt();
        LocalDate from = firstDay.isAfter(launch) ? firstDay : launch;
        long dataDays = lastDay.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, lastDay) + 1;
        int[] weeks = MetricMeasure.weeks(launch, firstDay, lastDay);
        if (weeks[0] == 0 || weeks[1] == 0) {
            return new FeedbackLoop(launch, null, dataDays);
        }
        for (int week = 1; week < weeks[1]; week++) {
            LocalDate dataDate = launch.plusDays(7L * week - 1);
            List<MetricImpact> then = feature.successMetrics().stream()
                    .map(m -> measure.measure(feature, m, firstDay, dataDate, List.of())).toList();
            if (measurable(then)) {
                return new FeedbackLoop(launch, dataDate, dataDays);
            }
        }
        return new FeedbackLoop(launch, measurable(latest) ? launch.plusDays(7L * weeks[1] - 1) : null, dataDays);
    }

    /** At least one success metric at medium or high confidence. */
    static boolean measurable(List<MetricImpact> metrics) {
        return metrics.stream().anyMatch(m -> m.confidence() == Confidence.HIGH || m.confidence() == Confidence.MEDIUM);
    }
}
