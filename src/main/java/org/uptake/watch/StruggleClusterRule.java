package org.uptake.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.struggle.ClusterAttribute;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;

/**
 * A group of people struggles more than everyone else who tried the feature in the current period:
 * a struggle cluster whose corrected Fisher test passes the watch's level. The previous period's
 * share of the same group is shown beside it when that period had it as a cluster.
 */
public final class StruggleClusterRule extends FeatureRule {

    public static final String NAME = "struggle-cluster";

    /**
     * The group's identity across days: its attributes, with the people's main platform and the
     * attempt's platform as one (the cluster finder merges the two and may name either from day to day).
     */
    static String group(StruggleCluster c) {
        return c.attributes().stream().map(a -> (a.attribute().equals(ClusterAttribute.MAIN_PLATFORM)
                || a.attribute().equals(ClusterAttribute.PLATFORM) ? "platform" : a.attribute()) + "=" + a.value())
                .distinct().sorted().collect(java.util.stream.Collectors.joining(","));
    }

    public StruggleClusterRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        List<Finding> found = new ArrayList<>();
        for (StruggleCluster c : data.strugglesNow(f.key()).clusters()) {
            if (c.qValue() >= s.alpha() || c.members() < s.minPeople()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("struggling", c.struggling());
            figures.put("members", c.members());
            figures.put("share", c.share());
            figures.put("baseline", c.baseline());
            figures.put("oddsRatio", c.oddsRatio());
            figures.put("qValue", c.qValue());
            StruggleReport before = data.strugglesBefore(f);
            if (before != null) {
                before.clusters().stream().filter(b -> b.label().equals(c.label())).findFirst()
                        .ifPresent(b -> figures.put("previousShare", b.share()));
            }
            found.add(finding(f, group(c), f.name() + ": " + c.headline() + " (" + Figures.count(c.struggling()) + " of "
                    + Figures.count(c.members()) + ")", figures, c.qValue(), "Fisher exact test, Benjamini–Hochberg corrected", "Struggles"));
        }
        return found;
    }
}
