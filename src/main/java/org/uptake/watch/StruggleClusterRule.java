package org.uptake.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;
import org.uptake.model.Figures;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;

/**
 * Groups of people struggle more than everyone else who tried the feature in the current period:
 * struggle clusters whose corrected Fisher test passes the watch's level. One alert per feature, led by
 * the strongest group (the previous period's share of it beside, when that period had it as a cluster).
 */
public final class StruggleClusterRule extends FeatureRule {

    public static final String NAME = "struggle-cluster";

    public StruggleClusterRule() {
        super(NAME);
    }

    @Override
    List<Finding> judge(Feature f, WatchedData data) {
        WatchSettings s = data.settings();
        List<StruggleCluster> passing = data.strugglesNow(f.key()).clusters().stream()
                .filter(c -> c.qValue() < s.alpha() && c.members() >= s.minPeople()).toList();
        if (passing.isEmpty()) {
            return List.of();
        }
        // One alert per feature, led by its strongest group: forty near-identical alerts (one per cluster of one
        // struggle) bury the news; the Struggles screen it links to lists every group.
        StruggleCluster top = passing.get(0);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("groups", passing.size());
        figures.put("group", top.label());
        figures.put("struggling", top.struggling());
        figures.put("members", top.members());
        figures.put("share", top.share());
        figures.put("baseline", top.baseline());
        figures.put("oddsRatio", top.oddsRatio());
        figures.put("qValue", top.qValue());
        StruggleReport before = data.strugglesBefore(f);
        if (before != null) {
            before.clusters().stream().filter(b -> b.label().equals(top.label())).findFirst()
                    .ifPresent(b -> figures.put("previousShare", b.share()));
        }
        if (passing.size() > 1) {
            figures.put("otherGroups", passing.subList(1, Math.min(passing.size(), 6)).stream().map(StruggleCluster::headline).toList());
        }
        String others = passing.size() == 1 ? "" : passing.size() == 2 ? "; 1 more group too" : "; " + (passing.size() - 1) + " more groups too";
        // The period is named: the Struggles screen counts since launch, so its shares differ from the period's.
        String period = "in the last " + s.periodDays() + " data days";
        return found(f, f.name() + ", " + period + ": " + top.headline() + " (" + Figures.count(top.struggling()) + " of "
                + Figures.count(top.members()) + ")" + others, figures, top.qValue(), "Fisher exact test, Benjamini–Hochberg corrected", "Struggles");
    }
}
