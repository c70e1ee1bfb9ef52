package org.uptake.watch;

import java.util.function.ToLongFunction;
import org.uptake.model.Feature;
import org.uptake.struggle.StruggleReport;

/**
 * A share of a feature's people in the current period against the previous period (struggling of
 * those who tried it, ticket filers of the active), and how sure a rise is.
 *
 * @param hits          the people counted now (struggling, filing tickets)
 * @param people        the people they are a share of now
 * @param previousHits  the same count in the previous period
 * @param previousPeople the people of the previous period
 */
record ShareChange(long hits, long people, long previousHits, long previousPeople) {

    static final String TEST = "two-proportion z-test, one-sided";

    /**
     * The change of a struggle report's share, or null when there is no previous period or it had
     * fewer than the watch's minimum of people to count against.
     */
    static ShareChange ofStruggles(WatchedData data, Feature f, ToLongFunction<StruggleReport> hits,
            ToLongFunction<StruggleReport> people) {
        StruggleReport before = data.strugglesBefore(f);
        if (before == null || people.applyAsLong(before) < data.settings().minPeople()) {
            return null;
        }
        StruggleReport now = data.strugglesNow(f.key());
        return new ShareChange(hits.applyAsLong(now), people.applyAsLong(now), hits.applyAsLong(before), people.applyAsLong(before));
    }

    double share() {
        return hits / (double) people;
    }

    double previousShare() {
        return previousHits / (double) previousPeople;
    }

    /** The one-sided p-value of a rise from the previous share to this one. */
    double pRise() {
        return Significance.higher(hits, people, previousHits, previousPeople);
    }
}
