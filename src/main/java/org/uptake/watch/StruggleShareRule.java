package org.uptake.watch;

import java.util.ArrayList;
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
public final class StruggleShareRule implements AlertRule {

    public static final String NAME = "struggle-share";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(WatchedData data) {
        WatchSettings s = data.settings();
        List<Finding> found = new ArrayList<>();
        for (Feature f : data.features()) {
            StruggleReport before = data.strugglesBefore(f);
            if (before == null || before.entrants() < s.minPeople()) {
                continue;
            }
            StruggleReport now = data.strugglesNow(f.key());
            if (now.entrants() < s.minPeople()) {
                continue;
            }
            long struggling = strugglingEntrants(now);
            long earlier = strugglingEntrants(before);
            double shareNow = struggling / (double) now.entrants();
            double shareBefore = earlier / (double) before.entrants();
            if (shareNow - shareBefore < s.struggleRise()) {
                continue;
            }
            double p = Significance.higher(struggling, now.entrants(), earlier, before.entrants());
            if (p >= s.alpha()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("struggleShare", shareNow);
            figures.put("previousShare", shareBefore);
            figures.put("struggling", struggling);
            figures.put("entrants", now.entrants());
            figures.put("previousStruggling", earlier);
            figures.put("previousEntrants", before.entrants());
            found.add(new Finding(NAME, NAME + ":" + f.key(), f.key(), null,
                    "More people struggle with " + f.name() + ": " + Figures.percent(shareNow, 0) + " of those who tried it in the last "
                            + s.periodDays() + " days, " + Figures.percent(shareBefore, 0) + " in the " + s.periodDays() + " before",
                    figures, p, Significance.describe(p, "two-proportion z-test, one-sided"), "Struggles"));
        }
        return found;
    }

    static long strugglingEntrants(StruggleReport r) {
        return r.struggling().stream().filter(p -> p.person().entered()).count();
    }
}
