package org.uptake.watch;

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
public final class PaceRule extends FeatureRule {

    public static final String NAME = "behind-pace";

    public PaceRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        if (f.adoption() == null || f.adoption().target() <= 0) {
            return List.of();
        }
        AdoptionSummary a = data.adoption(f.key());
        if (a.daysMissedAfterLaunch() > 0) {
            return List.of();
        }
        AdoptionSummary.TargetAudience audience = a.targetAudience();
        if (audience.activePeople() < s.minPeople() || a.pace() <= 0 || a.headlineRate() >= a.pace() * (1 - s.paceShortfall())) {
            return List.of();
        }
        double p = Significance.fewer(audience.adopters(), audience.activePeople(), a.pace());
        if (p >= s.alpha()) {
            return List.of();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("adoptionRate", a.headlineRate());
        figures.put("pace", a.pace());
        figures.put("target", a.target());
        figures.put("adopters", audience.adopters());
        figures.put("activePeople", audience.activePeople());
        figures.put("daysSinceLaunch", a.daysSinceLaunch());
        return found(f, f.name() + " is behind its pace: " + Figures.percent(a.headlineRate(), 1) + " of " + audience.describe()
                + " adopted, the pace is " + Figures.percent(a.pace(), 1) + " by day " + a.daysSinceLaunch(),
                figures, p, "exact binomial test against the pace", "Adoption");
    }
}
