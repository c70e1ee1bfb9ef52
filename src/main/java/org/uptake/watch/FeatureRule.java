package org.uptake.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uptake.model.Feature;

/**
 * A rule that judges each feature on its own. Its alerts carry the rule's name, and a condition key
 * of the rule, the feature and, where a feature can hold several conditions, which one.
 */
abstract class FeatureRule implements AlertRule {

    private final String name;

    FeatureRule(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<Finding> evaluate(WatchedData data) {
        List<Finding> found = new ArrayList<>();
        for (Feature f : data.features()) {
            found.addAll(judge(f, data));
        }
        return found;
    }

    /** The conditions that hold for the feature now; none is the empty list. */
    abstract List<Finding> judge(Feature f, WatchedData data);

    /** The feature's one condition of this rule, as sure as a test's p-value says. */
    final List<Finding> found(Feature f, String headline, Map<String, Object> figures, double p, String test, String screen) {
        return List.of(finding(f, null, headline, figures, p, test, screen));
    }

    /** One of the feature's conditions ({@code which}, or null for its only one), as sure as a test's p-value says. */
    final Finding finding(Feature f, String which, String headline, Map<String, Object> figures, double p, String test, String screen) {
        return new Finding(name, name + ":" + f.key() + (which == null ? "" : ":" + which), f.key(), null, headline, figures, p,
                Significance.describe(p, test), screen);
    }
}
