package org.uptake.adoption;

import java.util.List;

/**
 * Where a proposed target sits among this workspace's past launches at one horizon, and what
 * they suggest.
 *
 * @param horizon       days after launch the comparison reads (the horizon nearest the target's window)
 * @param proposed      the target being set, or null when only suggestions are asked for
 * @param launches      past launches whose data reaches the horizon (the feature itself left out)
 * @param rates         their target-audience adoption at the horizon, in the order of {@code launches}
 * @param below         how many of them the proposed target is above ("more ambitious than 8 of your 10")
 * @param median        the suggestion at the median of the past launches, or null with fewer than 3
 * @param p75           the suggestion at their 75th percentile, or null with fewer than 3
 * @param verdict       the sentence a PM reads: the placement, or why there is no suggestion
 * @param warning       "no past launch reached 40% by day 30 (best 31%)", or null
 */
public record TargetAdvice(String featureKey, int horizon, Double proposed, List<String> launches, List<Double> rates, int below,
        Double median, Double p75, String verdict, String warning) {

    /** Fewer past launches than this and no target is suggested. */
    public static final int MIN_LAUNCHES = 3;

    public TargetAdvice {
        launches = List.copyOf(launches);
        rates = List.copyOf(rates);
    }
}
