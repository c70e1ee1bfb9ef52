package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uptake.model.Feature;

/** The shared parts of the feature rules: alerts keyed by rule, feature and condition, and a share's rise against the period before. */
class FeatureRuleTest {

    private static Feature feature(String key) {
        return new Feature(key, key.toUpperCase(), LocalDate.of(2025, 1, 1), null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aFeatureRulesAlertsAreKeyedByRuleFeatureAndConditionAndSayHowSure() {
        FeatureRule rule = new FeatureRule("odd-rule") {
            @Override
            List<Finding> judge(Feature f, WatchedData data) {
                return List.of();
            }
        };

        assertEquals(List.of(
                new Finding("odd-rule", "odd-rule:a", "a", null, "A is odd", Map.of("n", 3), 0.0004, "p < 0.001 (a test)", "Adoption"),
                new Finding("odd-rule", "odd-rule:b:x=1", "b", null, "B is odd", Map.of(), 0.25, "p = 0.250 (another test)", "Struggles")),
                List.of(rule.found(feature("a"), "A is odd", Map.of("n", 3), 0.0004, "a test", "Adoption").get(0),
                        rule.finding(feature("b"), "x=1", "B is odd", Map.of(), 0.25, "another test", "Struggles")));
        assertEquals("odd-rule", rule.name());
    }

    @Test
    void aShareRisingFromTenToThirtyPercentOfAHundredIsUnlikelyToBeChance() {
        ShareChange c = new ShareChange(30, 100, 10, 100);

        // Pooled 0.2, standard error √(0.2 · 0.8 · 2/100) = 0.0566, z = 0.2 / 0.0566 = 3.536: one-sided p = 0.000203.
        assertEquals(List.of(0.3, 0.1), List.of(c.share(), c.previousShare()));
        assertEquals(0.000203, c.pRise(), 0.000001);
    }
}
