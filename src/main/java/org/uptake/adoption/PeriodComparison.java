package org.uptake.adoption;

import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Feature;

/**
 * Compares a feature's adoption and funnel conversion in two windows ({@link AdoptionComparison} defines
 * both). It reads each window once through the graph's shared cache, so a comparison costs two single-window reads.
 */
public final class PeriodComparison {

    private final AdoptionAnalysis adoption;

    /** Comparisons over the windows {@code adoption} reads (and remembers). */
    public PeriodComparison(AdoptionAnalysis adoption) {
        this.adoption = adoption;
    }

    /** The feature in both windows, funnels with a conversion window of {@code funnelWindowDays}. */
    public AdoptionComparison compare(String featureKey, ComparedPeriods periods, int funnelWindowDays) {
        Feature feature = adoption.feature(featureKey);
        Counts a = count(feature, periods.current(), funnelWindowDays);
        Counts b = count(feature, periods.other(), funnelWindowDays);
        int steps = feature.funnel().size();
        RateComparison conversion = steps == 0 ? null
                : RateComparison.of("funnel conversion", a.reach[steps - 1], a.reach[0], b.reach[steps - 1], b.reach[0]);
        List<RateComparison> stepRows = new ArrayList<>();
        for (int k = 1; k < steps; k++) {
            stepRows.add(RateComparison.of(feature.funnel().get(k), a.reach[k], a.reach[k - 1], b.reach[k], b.reach[k - 1]));
        }
        return new AdoptionComparison(feature.key(), feature.name(), periods.current(), periods.other(),
                AdoptionSummary.TargetAudience.describe(feature.targetSegments()),
                RateComparison.of("adoption", a.audienceAdopters, a.audienceActive, b.audienceAdopters, b.audienceActive),
                conversion, funnelWindowDays, stepRows, RateComparison.METHOD, PeriodCaveats.of(feature.launchedAt(), periods));
    }

    /** One window's counts: the target audience active and adopting in it, and people reaching each funnel step. */
    private record Counts(int audienceActive, int audienceAdopters, int[] reach) {
    }

    private Counts count(Feature feature, Period period, int funnelWindowDays) {
        FeaturePeople data = adoption.read(feature, period.from(), period.to());
        int active = 0;
        int adopters = 0;
        int[] reach = new int[feature.funnel().size()];
        for (FeaturePeople.Person p : data.active.values()) {
            if (AdoptionAnalysis.inAudience(feature, p)) {
                active++;
                if (data.adoptedInWindow.contains(p.id())) {
                    adopters++;
                }
            }
            int level = data.furthestStep(p.id(), funnelWindowDays);
            for (int k = 0; k < level; k++) {
                reach[k]++;
            }
        }
        return new Counts(active, adopters, reach);
    }
}
