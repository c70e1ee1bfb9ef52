package org.uptake.adoption;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uptake.model.Feature;
import org.uptake.model.Quantiles;

/**
 * The adoption summary of one window (DESIGN §5), counted in one pass over its active people: adopters against
 * target and pace, in the target audience and by segment, plan, role and main platform; time to first use; and the
 * abandoned, reverted and stopped. {@link AdoptionAnalysis} reads the people; the watch, the screens and the
 * definition preview sum them up here.
 */
final class SummaryCount {

    private static final long DAY = AdoptionAnalysis.DAY;

    private SummaryCount() {
    }

    static AdoptionSummary of(AdoptionAnalysis.Window w, FeaturePeople data) {
        Feature feature = w.feature();
        // Left-censoring: someone who could use the feature before the data starts may have first used it unseen.
        long seenFrom = w.dataStart() == null ? Long.MIN_VALUE : w.dataStart().toEpochDay() * DAY;
        int adopters = 0;
        int abandoned = 0;
        int reverted = 0;
        int stopped = 0;
        int audienceActive = 0;
        int audienceAdopters = 0;
        FirstUses all = new FirstUses(data.active.size());
        FirstUses audience = new FirstUses(0);
        int funnelSteps = feature.funnel().size();
        Breakdowns breakdowns = new Breakdowns();
        // One pass, and each person's use and steps looked up once: at a million people the look-ups into maps of
        // 400,000 people were most of the summary.
        for (FeaturePeople.Person p : data.active.values()) {
            long[] use = data.use.get(p.id());
            long adoptedAt = data.firstAdoption(use);
            breakdowns.add(p, adoptedAt != Long.MAX_VALUE);
            boolean targeted = AdoptionAnalysis.inAudience(feature, p);
            if (targeted) {
                audienceActive++;
            }
            List<FeaturePeople.StepEvent> steps = data.stepsOf(p.id());
            int level = data.furthestStep(steps, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS);
            if (level >= 1 && level < funnelSteps) {
                abandoned++;
            }
            if (adoptedAt == Long.MAX_VALUE) {
                continue;
            }
            adopters++;
            long from = Math.max(data.launch, p.createdAt());
            double days = from < seenFrom ? Double.NaN : (adoptedAt - from) / (double) DAY;
            all.add(days);
            if (targeted) {
                audienceAdopters++;
                audience.add(days);
            }
            if (FeaturePeople.reverted(adoptedAt, steps)) {
                reverted++;
            }
            if (data.stopped(p.id(), adoptedAt, use)) {
                stopped++;
            }
        }
        long sinceLaunch = Math.max(0, ChronoUnit.DAYS.between(feature.launchedAt(), w.end()));
        double target = feature.adoption().target();
        double pace = Math.min(target, target * sinceLaunch / Math.max(1, feature.adoption().withinDays()));
        int active = data.active.size();
        List<List<AdoptionSummary.Breakdown>> rows = breakdowns.rows();
        return new AdoptionSummary(feature.key(), feature.name(), feature.launchedAt(), w.start(), w.end(), sinceLaunch, active,
                adopters, Stats.rate(adopters, active), target, feature.adoption().withinDays(), pace,
                rows.get(0), rows.get(1), rows.get(2), rows.get(3), all.summary(), abandoned, Stats.rate(abandoned, active), reverted, stopped,
                new AdoptionSummary.TargetAudience(feature.targetSegments(), audienceActive, audienceAdopters,
                        Stats.rate(audienceAdopters, audienceActive), audience.summary()),
                w.dataStart());
    }

    /** Adopters' days to first use; NaN marks one whose first use may predate the data (left out). */
    private static final class FirstUses {
        /** Unboxed: a feature's adopters at a million people are hundreds of thousands of numbers. */
        private final it.unimi.dsi.fastutil.doubles.DoubleArrayList days;
        private int leftOut;

        /** Room for {@code expected} adopters up front (at most the active people): growing by copies was 26 MB a summary. */
        FirstUses(int expected) {
            days = new it.unimi.dsi.fastutil.doubles.DoubleArrayList(expected);
        }

        void add(double d) {
            if (Double.isNaN(d)) {
                leftOut++;
            } else {
                days.add(d);
            }
        }

        AdoptionSummary.TimeToFirstUse summary() {
            double[] values = days.toDoubleArray();
            int within7 = 0;
            for (double d : values) {
                within7 += d <= 7 ? 1 : 0;
            }
            double[] quantiles = Quantiles.medianAndP75(values);
            return new AdoptionSummary.TimeToFirstUse(values.length, quantiles[0], quantiles[1], Stats.rate(within7, values.length),
                    leftOut);
        }
    }

    /**
     * Active people and adopters by segment, plan, role and main platform, each in the values' order, counted in the
     * summary's one pass over the people (at a million people four passes and a sorted map per person were a fifth of it).
     */
    private static final class Breakdowns {

        private final List<Map<String, int[]>> cells = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());

        void add(FeaturePeople.Person p, boolean adopted) {
            count(0, p.segment(), adopted);
            count(1, p.plan(), adopted);
            count(2, p.role(), adopted);
            count(3, p.platform(), adopted);
        }

        private void count(int attribute, String value, boolean adopted) {
            int[] cell = cells.get(attribute).computeIfAbsent(AdoptionAnalysis.orNone(value), v -> new int[2]);
            cell[0]++;
            cell[1] += adopted ? 1 : 0;
        }

        List<List<AdoptionSummary.Breakdown>> rows() {
            List<List<AdoptionSummary.Breakdown>> out = new ArrayList<>();
            for (Map<String, int[]> byValue : cells) {
                List<AdoptionSummary.Breakdown> rows = new ArrayList<>();
                new TreeMap<>(byValue).forEach((value, cell) -> rows.add(new AdoptionSummary.Breakdown(value, cell[0], cell[1],
                        Stats.rate(cell[1], cell[0]))));
                out.add(rows);
            }
            return out;
        }
    }
}
