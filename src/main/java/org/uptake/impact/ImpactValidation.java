package org.uptake.impact;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * Checks a feature's impact report against itself (DESIGN §5 "Validation"), for each event success
 * metric: the false-claim rate at placebo launch dates before launch, and the recovery rate of a
 * known change injected into an in-memory copy of the metric's data. The injected change is the one
 * the report claims, when it claims one (could a change that size be told apart?), else 10% in the
 * direction the feature was meant to move the metric. Reads the workspace; never writes it.
 */
public final class ImpactValidation {

    static final double DEFAULT_LIFT = 0.10;
    private final ImpactQueries queries;

    public ImpactValidation(Workspace workspace) {
        this.queries = new ImpactQueries(workspace);
    }

    public ValidationReport validate(ImpactReport report, Progress progress) {
        Feature feature = report.feature();
        LocalDate[] days = queries.dataDays();
        if (days == null) {
            throw new IllegalArgumentException("The workspace has no events yet: import some first.");
        }
        LocalDate launch = feature.launchedAt();
        int[] w = MetricMeasure.weeks(launch, days[0], days[1]);
        List<MetricValidation> out = new ArrayList<>();
        List<Feature.SuccessMetric> metrics = feature.successMetrics();
        for (int i = 0; i < metrics.size(); i++) {
            Feature.SuccessMetric m = metrics.get(i);
            MetricImpact measured = i < report.metrics().size() ? report.metrics().get(i) : null;
            String name = m.name() == null ? m.event() : m.name();
            double lift = measured != null && measured.effect() != null && measured.effect().excludesZero() ? measured.effect().value()
                    : "lower".equalsIgnoreCase(m.better()) ? -DEFAULT_LIFT : DEFAULT_LIFT;
            String why = !m.ticketTags().isEmpty() ? "ticket metrics have no comparison group to re-run; only event metrics are validated."
                    : w[1] == 0 ? "less than a whole week since launch: there is no result to check yet."
                    : w[0] == 0 ? "the data starts after launch, so there are no days before launch to draw placebo launch dates from."
                    : null;
            if (why != null) {
                out.add(new MetricValidation(name, 0, 0, lift, 0, 0, why));
                continue;
            }
            int launchDay = (int) (launch.toEpochDay() - days[0].toEpochDay());
            MetricHistory history = PlaceboRuns.possibleDates(launchDay, w[1]) < PlaceboRuns.PLACEBOS
                    ? new MetricHistory(launchDay, m.property() == null, new Int2ObjectOpenHashMap<>(), new Int2ObjectOpenHashMap<>())
                    : history(m, days[0], launch, progress);
            // The analysis's own groups: adopters by the end of its after-window.
            IntOpenHashSet adopters = queries.adopters(feature.key(), MetricMeasure.ms(launch.plusDays(7L * w[1])));
            out.add(PlaceboRuns.run(name, history, adopters::contains, launchDay, w[1], lift, ImpactAnalysis.SEED, progress));
        }
        return new ValidationReport(feature.key(), days[1], ImpactAnalysis.SEED, out);
    }

    /** The validation's figures as JSON: rates as shares, a metric that could not be checked with its reason (never NaN). */
    public static com.fasterxml.jackson.databind.node.ObjectNode json(ValidationReport v) {
        com.fasterxml.jackson.databind.node.ObjectNode root = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("asOf", v.asOf().toString()).put("seed", v.seed()).put("placeboDates", PlaceboRuns.PLACEBOS);
        com.fasterxml.jackson.databind.node.ArrayNode metrics = root.putArray("metrics");
        for (MetricValidation m : v.metrics()) {
            com.fasterxml.jackson.databind.node.ObjectNode node = metrics.addObject().put("metric", m.metric()).put("validated", m.validated());
            if (m.validated()) {
                node.put("placebos", m.placebos()).put("falseClaims", m.claims()).put("falseClaimRate", m.falseClaimRate())
                        .put("injectedChange", m.injected()).put("recovered", m.recovered()).put("recoveryRate", m.recoveryRate())
                        .put("detected", m.detected()).put("meetsBar", m.meetsBar());
            } else {
                node.put("reason", m.note());
            }
        }
        return root;
    }

    /** The metric's values per person and day, and the active days, from the data's first day to launch. */
    private MetricHistory history(Feature.SuccessMetric m, LocalDate first, LocalDate launch, Progress progress) {
        progress.update(0, 0, "Reading " + (m.name() == null ? m.event() : m.name()) + " before launch");
        int days = (int) (launch.toEpochDay() - first.toEpochDay());
        long[] bounds = new long[days + 1];
        for (int d = 0; d <= days; d++) {
            bounds[d] = MetricMeasure.ms(first.plusDays(d));
        }
        return new MetricHistory(days, m.property() == null, queries.values(m.event(), m.property(), bounds), queries.activeDays(first, launch));
    }
}
