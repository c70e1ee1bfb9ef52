package org.uptake.watch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule found on one data day: the condition (its key says which, so the same condition is
 * one alert until it clears), what happened in words, the figures behind it, how sure, and the screen that explains it.
 *
 * @param conditionKey the condition's identity across days, e.g. {@code struggle-cluster:dash:main platform=mobile}
 * @param accountKey   the account it is about, or null
 * @param pValue       the test's p-value, or null when the finding is a fact rather than an estimate (an error event)
 * @param significance how sure, in words
 * @param screen       the screen that explains it: one of Adoption, Struggles, Impact, Portfolio, Accounts
 */
public record Finding(String rule, String conditionKey, String featureKey, String accountKey, String headline,
        Map<String, Object> figures, Double pValue, String significance, String screen) {

    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(conditionKey);
        Objects.requireNonNull(headline);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
