package org.uptake.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.model.Feature;
import org.uptake.model.Figures;

/**
 * A feature falls behind its pace in its target audience: the headline rate is below the pace by more
 * than the shortfall setting, and an exact binomial test says a rate at the pace would rarely give so few adopters.
 * A feature whose data starts after its launch is not judged: adopters from before the data are
 * invisible, so its rate reads low against a pace counted from launch.
 */
public final class PaceRule implements AlertRule {

    public static final String NAME = "behind-pace";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> evaluate(WatchedData data) {
        WatchSettings s = data.settings();
        List<Finding> found = new ArrayList<>();
        for (Feature f : data.features()) {
            if (f.adoption() == null || f.adoption().target() <= 0) {
                continue;
            }
            AdoptionSummary a = data.adoption(f.key());
            if (a.daysMissedAfterLaunch() > 0) {
                continue;
            }
            AdoptionSummary.TargetAudience audience = a.targetAudience();
            if (audience.activePeople() < s.minPeople() || a.pace() <= 0 || a.headlineRate() >= a.pace() * (1 - s.paceShortfall())) {
                continue;
            }
            double p = Significance.fewer(audience.adopters(), audience.activePeople(), a.pace());
            if (p >= s.alpha()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("adoptionRate", a.headlineRate());
            figures.put("pace", a.pace());
            figures.put("target", a.target());
            figures.put("adopters", audience.adopters());
            figures.put("activePeople", audience.activePeople());
            figures.put("daysSinceLaunch", a.daysSinceLaunch());
            found.add(new Finding(NAME, NAME + ":" + f.key(), f.key(), null,
                    f.name() + " is behind its pace: " + Figures.percent(a.headlineRate(), 1) + " of " + audience.describe()
                            + " adopted, the pace is " + Figures.percent(a.pace(), 1) + " by day " + a.daysSinceLaunch(),
                    figures, p, Significance.describe(p, "exact binomial test against the pace"), "Adoption"));
        }
        return found;
    }
}
