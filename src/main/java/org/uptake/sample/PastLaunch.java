package org.uptake.sample;

import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.Feature.AdoptionGoal;

/**
 * A feature launched weeks before the scenario's current ones, written by default (left out with
 * {@code uptake sample --no-past-launches}): the history that targets are set from. Each adopts at its own pace and
 * to its own level, with its own event names, so the current features' figures do not move.
 *
 * @param chance         each segment's chance to adopt (enterprise, mid-market, smb)
 * @param meanSessions   how many of a person's sessions after launch pass, on average, before they adopt: the curve's speed
 * @param reuse          an adopter's chance to use it again in each later session: who stays
 */
record PastLaunch(Feature feature, double[] chance, double meanSessions, double reuse) {

    static final PastLaunch REPORT_COMMENTS = new PastLaunch(feature("report-comments", "Report comments", "2025-12-29",
            "comment_added", 0.30, List.of()), new double[] {0.45, 0.40, 0.30}, 3, 0.25);
    static final PastLaunch CSV_IMPORT = new PastLaunch(feature("csv-import", "CSV import", "2026-01-05", "csv_imported", 0.20,
            List.of("smb")), new double[] {0.10, 0.15, 0.22}, 8, 0.10);
    static final PastLaunch METRIC_ALERTS = new PastLaunch(feature("metric-alerts", "Metric alerts", "2026-02-02", "alert_created",
            0.25, List.of("enterprise", "mid-market")), new double[] {0.55, 0.35, 0.05}, 1.5, 0.40);

    static final List<PastLaunch> ALL = List.of(REPORT_COMMENTS, CSV_IMPORT, METRIC_ALERTS);

    double chance(Segment segment) {
        return chance[segment.ordinal()];
    }

    String event() {
        return feature.adoption().event();
    }

    private static Feature feature(String key, String name, String launched, String event, double target, List<String> segments) {
        return new Feature(key, name, java.time.LocalDate.parse(launched), null, segments, new AdoptionGoal(event, target, 30),
                List.of(), null, List.of(), List.of(), List.of(), null);
    }
}
