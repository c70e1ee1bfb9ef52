package org.uptake.struggle;

import java.util.List;
import org.uptake.adoption.Period;
import org.uptake.adoption.RateComparison;

/**
 * A feature's struggles in two windows side by side, with each difference and its 95% interval
 * ({@link RateComparison#METHOD}). Struggle share: of the people who entered the feature in the window,
 * the share struggling (DESIGN §5). Ticket rate: of the people active in the window, the share who filed
 * a ticket about the feature in it. Both are what the watch's alert rules compare.
 */
public record StruggleComparison(String featureKey, String featureName, Period current, Period other,
        RateComparison struggleShare, RateComparison ticketRate, String method, List<String> caveats) {

    public StruggleComparison {
        caveats = List.copyOf(caveats);
    }

    /** The figures a screen lists. */
    public List<RateComparison> figures() {
        return List.of(struggleShare, ticketRate);
    }
}
