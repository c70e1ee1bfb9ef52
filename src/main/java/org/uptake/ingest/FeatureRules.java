package org.uptake.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a feature definition must hold to be analysed: a key, a name, a launch date and an
 * adoption event, a target share between 0 and 1, a window of 1 to 3650 days, and a funnel that
 * leads to the adoption event. An absurd definition is refused with the field named, instead of
 * ranking first in the portfolio.
 */
public final class FeatureRules {

    static final int MAX_WINDOW_DAYS = 3650;

    private FeatureRules() {
    }

    /** Why a definition (built in the feature editor) cannot be stored, naming the field at fault, or null: the importer's rules. */
    public static String problem(org.uptake.model.Feature feature) {
        return problem(FeatureCatalog.JSON.valueToTree(feature));
    }

    /** Why the definition cannot be stored, naming the feature and the field, or null. */
    static String problem(JsonNode node) {
        if (!node.hasNonNull("key") || !node.hasNonNull("name")) {
            return "a feature needs a key and a name";
        }
        String feature = "feature " + node.get("key").asText() + ": ";
        if (!node.hasNonNull("launchedAt")) {
            return feature + "no launchedAt date";
        }
        JsonNode adoption = node.path("adoption");
        if (!adoption.hasNonNull("event")) {
            return feature + "no adoption event";
        }
        JsonNode target = adoption.path("target");
        if (!target.isNumber() || target.asDouble() < 0 || target.asDouble() > 1) {
            return feature + "adoption.target must be a share between 0 and 1 (it is " + shown(target) + ")";
        }
        JsonNode window = adoption.path("withinDays");
        if (!window.canConvertToInt() || !window.isIntegralNumber() || window.asInt() < 1 || window.asInt() > MAX_WINDOW_DAYS) {
            return feature + "adoption.withinDays must be a whole number of days from 1 to " + MAX_WINDOW_DAYS + " (it is "
                    + shown(window) + ")";
        }
        JsonNode funnel = node.path("funnel");
        if (funnel.isArray() && !funnel.isEmpty()) {
            String event = adoption.get("event").asText();
            boolean leadsToAdoption = false;
            for (JsonNode step : funnel) {
                leadsToAdoption |= step.asText().equals(event);
            }
            if (!leadsToAdoption) {
                return feature + "funnel does not include the adoption event '" + event + "'";
            }
        }
        return null;
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "missing" : value.toString();
    }
}
