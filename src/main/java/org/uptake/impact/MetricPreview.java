package org.uptake.impact;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.workspace.Cached;
import org.uptake.workspace.Workspace;

/**
 * The feature editor's preview of a draft's success metrics: each one's value in the whole weeks
 * before launch and since, over the weeks the impact report uses, for everyone active in both
 * windows. It reads events and tickets, never the feature's rollups, so a definition not saved yet
 * previews as well as a stored one. A preview, not a verdict: no comparison group, no interval.
 */
public final class MetricPreview {

    private final ImpactQueries queries;
    /** Typing a name or a target recounts the whole preview: a metric's values stay known until the data changes. */
    private final Cached<Measured, Counted> counted;

    public MetricPreview(Workspace workspace) {
        this.queries = new ImpactQueries(workspace);
        this.counted = new Cached<>(workspace, 8);
    }

    /** One success metric before launch and since: its value per window, the whole weeks counted, on what, or why it cannot be measured. */
    public record Values(String name, String unit, double before, double after, int weeksBefore, int weeksAfter, String basis,
            String notMeasured) {

        /** The editor's line: "Reports run: 0.250 → 0.583 per person per week, 4 weeks before vs 3 since (4 people active in both)". */
        public String line() {
            if (notMeasured != null) {
                return name + ": not measurable yet, " + notMeasured + ".";
            }
            int decimals = Math.max(Math.abs(before), Math.abs(after)) >= 10 ? 1 : Math.max(Math.abs(before), Math.abs(after)) >= 1 ? 2 : 3;
            return String.format(Figures.LOCALE, "%s: %s → %s %s, %d week%s before vs %d since (%s)", name, Figures.decimal(before, decimals),
                    Figures.decimal(after, decimals), unit, weeksBefore, weeksBefore == 1 ? "" : "s", weeksAfter, basis);
        }
    }

    /** What a metric's values depend on (not its name or direction). */
    private record Measured(String event, String property, List<String> ticketTags, LocalDate launch) {
    }

    private record Counted(double before, double after, int weeksBefore, int weeksAfter, String basis, String notMeasured) {
    }

    /** Each of the draft's success metrics, in the draft's order. */
    public List<Values> of(Feature draft) {
        LocalDate[] days = queries.dataDays();
        List<Values> values = new ArrayList<>();
        for (Feature.SuccessMetric m : draft.successMetrics()) {
            Counted c = days == null ? new Counted(Double.NaN, Double.NaN, 0, 0, "", "the workspace has no events yet")
                    : counted.get(new Measured(m.event(), m.property(), m.ticketTags(), draft.launchedAt()), k -> count(k, days));
            values.add(new Values(name(m), unit(m), c.before(), c.after(), c.weeksBefore(), c.weeksAfter(), c.basis(), c.notMeasured()));
        }
        return values;
    }

    private Counted count(Measured m, LocalDate[] days) {
        int[] w = MetricMeasure.weeks(m.launch(), days[0], days[1]);
        String why = MetricMeasure.whyNotMeasurable(w, m.launch(), days[0]);
        if (why != null) {
            return new Counted(Double.NaN, Double.NaN, w[0], w[1], "", why);
        }
        LocalDate preStart = m.launch().minusDays(7L * w[0]);
        LocalDate postEnd = m.launch().plusDays(7L * w[1]);
        IntOpenHashSet activeBefore = queries.active(preStart, m.launch());
        IntOpenHashSet activeAfter = queries.active(m.launch(), postEnd);
        return m.ticketTags().isEmpty() ? events(m, w, preStart, postEnd, activeBefore, activeAfter)
                : tickets(m, w, preStart, postEnd, activeBefore.size(), activeAfter.size());
    }

    /** Per person per week, or the property's mean, pooled over the people active in both windows (as the impact report's groups are). */
    private Counted events(Measured m, int[] w, LocalDate preStart, LocalDate postEnd, IntOpenHashSet activeBefore, IntOpenHashSet activeAfter) {
        Int2ObjectOpenHashMap<double[]> values = queries.values(m.event(), m.property(),
                new long[] {MetricMeasure.ms(preStart), MetricMeasure.ms(m.launch()), MetricMeasure.ms(postEnd)});
        boolean counts = m.property() == null;
        List<PersonWindows> people = new ArrayList<>();
        activeBefore.forEach((int person) -> {
            if (activeAfter.contains(person)) {
                double[] v = values.getOrDefault(person, new double[4]);
                PersonWindows p = PersonWindows.of(counts, new double[] {v[0], v[1]}, new double[] {v[2], v[3]}, w[0], w[1]);
                if (p != null) {
                    people.add(p);
                }
            }
        });
        if (people.isEmpty()) {
            return new Counted(Double.NaN, Double.NaN, w[0], w[1], "", counts ? "nobody was active both before launch and since"
                    : "nobody active both before launch and since has a " + m.property() + " value in both");
        }
        double[] means = DifferenceInDifferences.means(people);
        String basis = Figures.count(people.size()) + (people.size() == 1 ? " person" : " people")
                + (counts ? " active in both" : " with values in both");
        return new Counted(means[0], means[1], w[0], w[1], basis, null);
    }

    /** Tickets carrying the tags per active person per week in each window. */
    private Counted tickets(Measured m, int[] w, LocalDate preStart, LocalDate postEnd, int activeBefore, int activeAfter) {
        Set<String> tags = new HashSet<>();
        m.ticketTags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT)));
        long[] n = new long[2];
        for (Instant t : queries.tickets(tags)) {
            long ms = t.toEpochMilli();
            if (ms >= MetricMeasure.ms(preStart) && ms < MetricMeasure.ms(m.launch())) {
                n[0]++;
            } else if (ms >= MetricMeasure.ms(m.launch()) && ms < MetricMeasure.ms(postEnd)) {
                n[1]++;
            }
        }
        if (activeBefore == 0 || activeAfter == 0) {
            return new Counted(Double.NaN, Double.NaN, w[0], w[1], "", "nobody was active " + (activeBefore == 0 ? "before launch" : "since launch"));
        }
        String basis = Figures.count(n[0]) + (n[0] == 1 ? " ticket" : " tickets") + " before, " + Figures.count(n[1]) + " since";
        return new Counted(n[0] / ((double) activeBefore * w[0]), n[1] / ((double) activeAfter * w[1]), w[0], w[1], basis, null);
    }

    private static String name(Feature.SuccessMetric m) {
        return m.name() != null ? m.name() : m.event() != null ? m.event() : "Tickets tagged " + String.join(", ", m.ticketTags());
    }

    private static String unit(Feature.SuccessMetric m) {
        return !m.ticketTags().isEmpty() ? "tickets per active person per week"
                : m.property() == null ? "per person per week" : "mean " + m.property();
    }
}
