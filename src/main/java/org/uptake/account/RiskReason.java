package org.uptake.account;

/** Why an account is at risk, in plain words with the figures behind them; {@code featureKey} is empty unless a feature is the cause. */
public record RiskReason(Kind kind, String text, String featureKey) {

    /** The falling trends that put an account at risk. */
    public enum Kind {
        ACTIVITY_DECLINE, FEATURE_STOPPED, STRUGGLES_AND_TICKETS
    }
}
