package org.uptake.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.struggle.StruggleReport;

/**
 * The share of people who try a feature and struggle rises against the previous period by at least
 * the threshold's points, and a two-proportion test says the rise is unlikely to be chance.
 */
public final class StruggleShareRule extends FeatureRule {

    public static final String NAME = "struggle-share";

    public StruggleShareRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        ShareChange c = ShareChange.ofStruggles(data, f, StruggleShareRule::strugglingEntrants, StruggleReport::entrants);
        if (c == null || c.people() < s.minPeople() || c.share() - c.previousShare() < s.struggleRise()) {
            return List.of();
        }
        double p = c.pRise();
        if (p >= s.alpha()) {
            return List.of();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("struggleShare", c.share());
        figures.put("previousShare", c.previousShare());
        figures.put("struggling", c.hits());
        figures.put("entrants", (int) c.people());
        figures.put("previousStruggling", c.previousHits());
        figures.put("previousEntrants", (int) c.previousPeople());
        return found(f, "More people struggle with " + f.name() + ": " + Figures.percent(c.share(), 0) + " of those who tried it in the last "
                + s.periodDays() + " days, " + Figures.percent(c.previousShare(), 0) + " in the " + s.periodDays() + " before",
                figures, p, ShareChange.TEST, "Struggles");
    }

    static long strugglingEntrants(StruggleReport r) {
        return r.struggling().stream().filter(p -> p.person().entered()).count();
    }
}
