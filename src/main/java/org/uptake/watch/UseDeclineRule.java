package org.uptake.watch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;

/**
 * A feature's weekly use declines (rot): the people who used it in the last 7 data days are fewer
 * than in the 7 before by at least the threshold, and a test on the two counts says it is unlikely to be chance.
 */
public final class UseDeclineRule extends FeatureRule {

    public static final String NAME = "use-decline";
    static final int WEEK = 7;

    public UseDeclineRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        LocalDate weekStart = data.asOf().minusDays(WEEK - 1L);
        LocalDate earlierStart = weekStart.minusDays(WEEK);
        if (earlierStart.isBefore(f.launchedAt())) {
            return List.of();
        }
        int[] users = data.usersInTwoSpans(f.key(), WEEK);
        int recent = users[0];
        int earlier = users[1];
        if (earlier < s.minPeople() || recent > earlier * (1 - s.useDecline())) {
            return List.of();
        }
        double p = Significance.fell(earlier, recent);
        if (p >= s.alpha()) {
            return List.of();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("users", recent);
        figures.put("previousUsers", earlier);
        figures.put("change", recent / (double) earlier - 1);
        return found(f, "Fewer people use " + f.name() + ": " + Figures.count(recent) + " in the last 7 days against " + Figures.count(earlier)
                + " the week before (" + Figures.signedPercent(recent / (double) earlier - 1, 0) + ")",
                figures, p, "exact test of the two weekly counts", "Portfolio");
    }
}
