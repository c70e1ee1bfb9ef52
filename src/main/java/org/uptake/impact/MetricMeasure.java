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

/**
 * Measures one success metric (DESIGN §5 "Impact"). Windows are whole weeks, so a weekday/weekend
 * rhythm weighs the same before and after: up to 4 weeks before launch against the whole weeks
 * since. Event metrics compare adopters with non-adopters active in both windows (difference in
 * differences, bootstrap interval) and run a placebo with a launch as many weeks earlier; ticket
 * metrics compare the rate per active person per week before and after (Poisson interval).
 */
final class MetricMeasure {

    static final long DAY = 86_400_000L;
    static final int MAX_WEEKS_BEFORE = 4;
    static final int FEW_PEOPLE = 100;

    private final ImpactQueries queries;
    private final DifferenceInDifferences did;

    MetricMeasure(ImpactQueries queries, long seed) {
        this.queries = queries;
        this.did = new DifferenceInDifferences(seed);
    }

    /** The weeks available before launch and since, given the data's first and last days. */
    static int[] weeks(LocalDate launch, LocalDate firstDay, LocalDate lastDay) {
        int before = (int) Math.min(MAX_WEEKS_BEFORE, Math.max(0, (launch.toEpochDay() - firstDay.toEpochDay()) / 7));
        int after = (int) Math.max(0, (lastDay.toEpochDay() + 1 - launch.toEpochDay()) / 7);
        return new int[] {before, after};
    }

    /** Why a metric cannot be compared over these weeks, in words; null when it can. */
    static String whyNotMeasurable(int[] weeks, LocalDate launch, LocalDate firstDay) {
        if (weeks[0] == 0) {
            return launch.isAfter(firstDay) ? "less than a whole week of data before launch"
                    : launch.equals(firstDay) ? "the data starts on launch day, so there is no before"
                    : "the data starts after launch, so there is no before";
        }
        return weeks[1] == 0 ? "less than a whole week since launch" : null;
    }

    MetricImpact measure(Feature feature, Feature.SuccessMetric metric, LocalDate firstDay, LocalDate lastDay, List<String> context) {
        int[] w = weeks(feature.launchedAt(), firstDay, lastDay);
        String name = metric.name() == null ? metric.event() : metric.name();
        String better = metric.better() == null ? "higher" : metric.better();
        String why = whyNotMeasurable(w, feature.launchedAt(), firstDay);
        if (why != null) {
            return new MetricImpact(name, "not measured", better, null, null, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    w[0], w[1], Confidence.NOT_MEASURABLE, List.of("Not measurable: " + why + "."), name + " cannot be measured yet: " + why + ".");
        }
        if (!metric.ticketTags().isEmpty()) {
            return tickets(feature, metric, name, better, w, context);
        }
        return events(feature, metric, name, better, w, context);
    }

    private MetricImpact events(Feature feature, Feature.SuccessMetric metric, String name, String better, int[] w, List<String> context) {
        LocalDate launch = feature.launchedAt();
        LocalDate preStart = launch.minusDays(7L * w[0]);
        LocalDate postEnd = launch.plusDays(7L * w[1]);
        LocalDate placeboStart = launch.minusDays(14L * w[0]);
        long[] bounds = {ms(placeboStart), ms(preStart), ms(launch), ms(postEnd)};
        Int2ObjectOpenHashMap<double[]> values = queries.values(metric.event(), metric.property(), bounds);
        IntOpenHashSet adopters = queries.adopters(feature.key(), ms(postEnd));
        IntOpenHashSet activeBefore = queries.active(preStart, launch);
        IntOpenHashSet activeAfter = queries.active(launch, postEnd);
        IntOpenHashSet activePlacebo = queries.active(placeboStart, preStart);
        boolean counts = metric.property() == null;
        List<PersonWindows> a = new ArrayList<>();
        List<PersonWindows> o = new ArrayList<>();
        List<PersonWindows> pa = new ArrayList<>();
        List<PersonWindows> po = new ArrayList<>();
        activeBefore.forEach((int person) -> {
            double[] v = values.getOrDefault(person, new double[6]);
            boolean adopter = adopters.contains(person);
            if (activeAfter.contains(person)) {
                PersonWindows p = PersonWindows.of(counts, new double[] {v[2], v[3]}, new double[] {v[4], v[5]}, w[0], w[1]);
                if (p != null) {
                    (adopter ? a : o).add(p);
                }
            }
            if (activePlacebo.contains(person)) {
                PersonWindows p = PersonWindows.of(counts, new double[] {v[0], v[1]}, new double[] {v[2], v[3]}, w[0], w[0]);
                if (p != null) {
                    (adopter ? pa : po).add(p);
                }
            }
        });
        Estimate effect = did.estimate(a, o);
        Estimate placebo = pa.isEmpty() || po.isEmpty() ? null : did.estimate(pa, po);
        double[] am = DifferenceInDifferences.means(a);
        double[] om = DifferenceInDifferences.means(o);
        List<String> caveats = new ArrayList<>();
        caveats.add("Attribution: adopters chose to adopt, and people who try new things may differ from those who do not;"
                + " comparing changes (not levels) removes fixed differences, not differences in trend.");
        if (Math.min(a.size(), o.size()) < FEW_PEOPLE) {
            caveats.add(String.format("Sample size: %d adopters and %d others with this metric in both windows; small groups make wide intervals.",
                    a.size(), o.size()));
        }
        if (placebo == null) {
            caveats.add("No placebo: less than " + (2 * w[0]) + " weeks of data before launch.");
        } else if (placebo.excludesZero()) {
            caveats.add(String.format(Locale.ROOT, "Placebo fails: a fake launch %d weeks earlier shows %+.1f%% already; the groups were"
                    + " drifting apart before launch, so the estimate may be biased.", w[0], 100 * placebo.value()));
        }
        if (w[1] < 4) {
            caveats.add("Only " + w[1] + " whole week" + (w[1] == 1 ? "" : "s") + " since launch: early effects can fade as novelty wears off.");
        }
        caveats.addAll(context);
        Confidence confidence = effect == null ? Confidence.NOT_MEASURABLE : !effect.excludesZero() ? Confidence.LOW
                : placebo != null && !placebo.excludesZero() && Math.min(a.size(), o.size()) >= FEW_PEOPLE ? Confidence.HIGH : Confidence.MEDIUM;
        String what = (metric.property() == null ? metric.event() + " per person per week" : name);
        return new MetricImpact(name, "difference in differences", better, effect, placebo, a.size(), o.size(), am[0], am[1], om[0], om[1],
                w[0], w[1], confidence, caveats, verdict(name, what, better, effect, confidence, "for adopters, against non-adopters' change"));
    }

    private MetricImpact tickets(Feature feature, Feature.SuccessMetric metric, String name, String better, int[] w, List<String> context) {
        LocalDate launch = feature.launchedAt();
        LocalDate preStart = launch.minusDays(7L * w[0]);
        LocalDate postEnd = launch.plusDays(7L * w[1]);
        LocalDate placeboStart = launch.minusDays(14L * w[0]);
        Set<String> tags = new HashSet<>();
        metric.ticketTags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT)));
        long[] n = new long[3];
        for (Instant t : queries.tickets(tags)) {
            long ms = t.toEpochMilli();
            if (ms >= ms(placeboStart) && ms < ms(preStart)) {
                n[0]++;
            } else if (ms >= ms(preStart) && ms < ms(launch)) {
                n[1]++;
            } else if (ms >= ms(launch) && ms < ms(postEnd)) {
                n[2]++;
            }
        }
        int placeboPeople = queries.active(placeboStart, preStart).size();
        int beforePeople = queries.active(preStart, launch).size();
        int afterPeople = queries.active(launch, postEnd).size();
        double expBefore = (double) beforePeople * w[0];
        double expAfter = (double) afterPeople * w[1];
        Estimate effect = DifferenceInDifferences.rateChange(n[1], expBefore, n[2], expAfter);
        Estimate placebo = placeboPeople == 0 ? null : DifferenceInDifferences.rateChange(n[0], (double) placeboPeople * w[0], n[1], expBefore);
        List<String> caveats = new ArrayList<>();
        caveats.add("Attribution: tickets have no comparison group; a season, a release or a help-centre change can move them too.");
        if (n[1] + n[2] < 50) {
            caveats.add(String.format("Sample size: %d tickets before and %d after.", n[1], n[2]));
        }
        if (placebo == null) {
            caveats.add("No placebo: no tickets with these tags in the " + w[0] + " weeks before the compared ones.");
        } else if (placebo.excludesZero()) {
            caveats.add(String.format(Locale.ROOT, "Placebo fails: the %d weeks before that already changed by %+.0f%%.", w[0], 100 * placebo.value()));
        }
        if (w[1] < 4) {
            caveats.add("Only " + w[1] + " whole week" + (w[1] == 1 ? "" : "s") + " since launch.");
        }
        caveats.addAll(context);
        Confidence confidence = effect == null ? Confidence.NOT_MEASURABLE : !effect.excludesZero() ? Confidence.LOW
                : placebo != null && !placebo.excludesZero() && n[1] + n[2] >= 50 ? Confidence.MEDIUM : Confidence.LOW;
        double before = expBefore == 0 ? Double.NaN : n[1] / expBefore;
        double after = expAfter == 0 ? Double.NaN : n[2] / expAfter;
        return new MetricImpact(name, "before/after rate per active person", better, effect, placebo, (int) n[1], (int) n[2], before, after,
                Double.NaN, Double.NaN, w[0], w[1], confidence, caveats,
                verdict(name, name, better, effect, confidence, "per active person per week"));
    }

    private static String verdict(String name, String what, String better, Estimate e, Confidence c, String basis) {
        if (e == null) {
            return name + " cannot be measured: too few values in one of the groups.";
        }
        boolean lower = e.value() < 0;
        boolean good = "higher".equalsIgnoreCase(better) != lower;
        if (!e.excludesZero()) {
            return String.format(Locale.ROOT, "No measurable change in %s (%+.1f%%, 95%% CI %+.1f%% to %+.1f%%): the data cannot tell"
                    + " it apart from noise.", what, 100 * e.value(), 100 * e.low(), 100 * e.high());
        }
        return String.format(Locale.ROOT, "%s is %.1f%% %s %s (95%% CI %+.1f%% to %+.1f%%), %s. Confidence: %s.", capital(what),
                100 * Math.abs(e.value()), lower ? "lower" : "higher", basis, 100 * e.low(), 100 * e.high(),
                good ? "the direction the feature was meant to move it" : "the opposite of what the feature was meant to do", c.label());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static long ms(LocalDate d) {
        return d.toEpochDay() * DAY;
    }
}
