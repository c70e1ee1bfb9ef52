package org.uptake.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.ExtractFigure;
import org.uptake.model.ExtractSource;
import org.uptake.model.Feature;
import org.uptake.model.Figures;

/**
 * A success metric's aggregates as the cluster counted them over every person and every day before and after
 * launch: for an event metric, adopters (ever) against everyone else, each side's people, events and the
 * property's total; for a ticket metric, the tagged tickets on each side of launch. Plain aggregates, not the
 * impact report's comparison (whole weeks, people active on both sides, a bootstrap interval).
 *
 * @param property whether the metric sums an event property (its mean per event is the figure) or counts events
 *                 (events per person is)
 * @param sides item ("adopters/before", "adopters/after", "others/before", "others/after") → {people, events, total};
 *              empty for a ticket metric
 * @param byEvent whether the metric counts an event (else only tickets)
 * @param ticketsBefore null for a metric without ticket tags
 */
public record ExactMetric(String name, boolean byEvent, boolean property, Map<String, double[]> sides, Long ticketsBefore,
        Long ticketsAfter, long daysBefore, long daysAfter) {

    /** The feature's success metrics the extract counted, in the feature's order; a metric it did not count is left out. */
    static List<ExactMetric> of(List<ExtractFigure> figures, Feature feature, ExtractSource source) {
        LocalDate launch = feature.launchedAt();
        long before = source.firstDay() == null ? 0 : Math.max(0, launch.toEpochDay() - source.firstDay().toEpochDay());
        long after = source.lastDay() == null ? 0 : Math.max(0, source.lastDay().toEpochDay() + 1 - launch.toEpochDay());
        List<ExactMetric> metrics = new ArrayList<>();
        for (Feature.SuccessMetric m : feature.successMetrics()) {
            Map<String, double[]> sides = new LinkedHashMap<>();
            long[] tickets = new long[2];
            boolean counted = false;
            for (ExtractFigure f : figures) {
                if (!f.dimension().equals(m.name()) || !f.figure().startsWith("metric-")) {
                    continue;
                }
                counted = true;
                int measure = List.of("metric-people", "metric-events", "metric-total").indexOf(f.figure());
                if (measure >= 0) {
                    sides.computeIfAbsent(f.item(), k -> new double[3])[measure] = f.amount();
                } else if (f.figure().equals("metric-tickets")) {
                    tickets[f.item().equals("before") ? 0 : 1] = Math.round(f.amount());
                }
            }
            if (counted) {
                boolean byTickets = !m.ticketTags().isEmpty();
                // The job writes a side only when it has rows, so a side it did not write is zero, not unknown.
                metrics.add(new ExactMetric(m.name(), m.event() != null, m.property() != null, sides,
                        byTickets ? tickets[0] : null, byTickets ? tickets[1] : null, before, after));
            }
        }
        return metrics;
    }

    /**
     * The metrics' sentences under one heading that says what they are beside the report's comparison, one bullet a line;
     * empty when there are none (the data did not come from an extract, or it counted no metric).
     */
    public static String section(List<ExactMetric> metrics) {
        if (metrics.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("Counted exactly on the cluster over every person and every day before and after launch"
                + " (plain aggregates; the comparison above is the sample's: whole weeks, comparable people, a bootstrap interval)");
        metrics.forEach(m -> t.append("\n  • ").append(m.sentence()));
        return t.toString();
    }

    /** The figure of one side: the property's mean per event, or events per person; NaN without events. */
    public double value(String side) {
        double[] s = sides.get(side);
        if (s == null || s[1] == 0) {
            return Double.NaN;
        }
        return property ? s[2] / s[1] : s[1] / s[0];
    }

    /**
     * E.g. "Edit time (mean per event), counted exactly on the cluster over everyone: adopters 50 → 30 (−40.0%), everyone
     * else 50 → 45 (−10.0%)" or "Bulk tickets, counted exactly on the cluster: 4 tickets in the 3 days before launch (1.33 a
     * day), 1 in the 3 days since (0.33 a day)".
     */
    public String sentence() {
        String events = !byEvent ? "" : name + " (" + (property ? "mean per event" : "events per person")
                + "), counted exactly on the cluster over everyone: adopters " + change("adopters") + ", everyone else " + change("others");
        if (ticketsBefore == null) {
            return events;
        }
        String tickets = Figures.count(ticketsBefore) + " tickets in the " + daysBefore + " days before launch ("
                + perDay(ticketsBefore, daysBefore) + " a day), " + Figures.count(ticketsAfter) + " in the " + daysAfter + " days since ("
                + perDay(ticketsAfter, daysAfter) + " a day)";
        return events.isEmpty() ? name + ", counted exactly on the cluster: " + tickets : events + "; " + tickets;
    }

    private String change(String who) {
        double before = value(who + "/before");
        double after = value(who + "/after");
        String shown = number(before) + " → " + number(after);
        return Double.isFinite(before) && Double.isFinite(after) && before != 0
                ? shown + " (" + Figures.signedPercent(after / before - 1, 1) + ")" : shown;
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Figures.decimal(value, 2) : "–";
    }

    private static String perDay(long count, long days) {
        return days == 0 ? "–" : Figures.decimal(count / (double) days, 2);
    }
}
