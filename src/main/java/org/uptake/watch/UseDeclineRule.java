package org.uptake.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;

/**
 * A feature's weekly use declines (rot): the people who used it in the last 7 data days are fewer
 * than in the 7 before by at least the threshold, and a test on the two counts says it is unlikely to be chance.
 */
public final class UseDeclineRule implements AlertRule {

    public static final String NAME = "use-decline";
    static final int WEEK = 7;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(WatchedData data) {
        WatchSettings s = data.settings();
        List<Finding> found = new ArrayList<>();
        LocalDate weekStart = data.asOf().minusDays(WEEK - 1L);
        LocalDate earlierStart = weekStart.minusDays(WEEK);
        for (Feature f : data.features()) {
            if (earlierStart.isBefore(f.launchedAt())) {
                continue;
            }
            int recent = data.users(f.key(), weekStart, data.asOf());
            int earlier = data.users(f.key(), earlierStart, weekStart.minusDays(1));
            if (earlier < s.minPeople() || recent > earlier * (1 - s.useDecline())) {
                continue;
            }
            double p = Significance.fell(earlier, recent);
            if (p >= s.alpha()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("users", recent);
            figures.put("previousUsers", earlier);
            figures.put("change", recent / (double) earlier - 1);
            found.add(new Finding(NAME, NAME + ":" + f.key(), f.key(), null,
                    "Fewer people use " + f.name() + ": " + Figures.count(recent) + " in the last 7 days against " + Figures.count(earlier)
                            + " the week before (" + Figures.signedPercent(recent / (double) earlier - 1, 0) + ")",
                    figures, p, Significance.describe(p, "exact test of the two weekly counts"), "Portfolio"));
        }
        return found;
    }
}
