package org.uptake.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.uptake.workspace.WorkspaceSettings;

/**
 * The account health score's weights and the thresholds behind "at risk" (DESIGN §5), kept as one
 * JSON document under the workspace setting {@value #KEY}; a field the document lacks takes its default.
 *
 * @param activityWeight     weight of the activity trend (last 28 days against the 28 before)
 * @param activationWeight   weight of seat activation (active people ÷ people)
 * @param breadthWeight      weight of feature breadth (features adopted of those aimed at the segment)
 * @param struggleWeight     weight of struggling people and tickets
 * @param outreachWeight     weight of the last outreach's result
 * @param healthyFrom        scores from here up are healthy (when no at-risk reason holds); below, watch
 * @param minPeople          fewer people than this: "too small to score"
 * @param declineShare       a fall in active people of at least this share is an at-risk reason ...
 * @param declineMinPeople   ... when at least this many were active in the previous 28 days
 * @param stoppedShare       a key feature stopped by at least this share of its recent users is a reason ...
 * @param stoppedMinPeople   ... when at least this many stopped
 * @param ticketRiseMin      tickets in the last 28 days that can make a rise ...
 * @param ticketRiseFactor   ... when they are at least this many times the 28 days before ...
 * @param ticketRiseAlpha    ... and a one-sided binomial test of the two windows' counts says the rise is not chance at this level
 * @param windowDays         the length of "the last 28 days"
 * @param horizonDays        the prediction check scores each account this many days before the data's last day
 */
public record AccountSettings(double activityWeight, double activationWeight, double breadthWeight, double struggleWeight,
        double outreachWeight, int healthyFrom, int minPeople, double declineShare, int declineMinPeople, double stoppedShare,
        int stoppedMinPeople, int ticketRiseMin, double ticketRiseFactor, double ticketRiseAlpha, int windowDays, int horizonDays) {

    public static final String KEY = "account";
    public static final AccountSettings DEFAULTS = new AccountSettings(30, 25, 20, 15, 10, 70, 5, 0.30, 5, 0.75, 3, 3, 2.0, 0.05, 28, 28);
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public AccountSettings {
        if (activityWeight < 0 || activationWeight < 0 || breadthWeight < 0 || struggleWeight < 0 || outreachWeight < 0
                || activityWeight + activationWeight + breadthWeight + struggleWeight + outreachWeight <= 0 || minPeople < 1
                || !(ticketRiseAlpha > 0 && ticketRiseAlpha <= 1) || windowDays < 1 || horizonDays < 1 || healthyFrom < 0 || healthyFrom > 100) {
            throw new IllegalArgumentException("Account settings out of range: " + this);
        }
    }

    /** The workspace's settings, or the defaults when none were saved. */
    public static AccountSettings of(WorkspaceSettings settings) {
        return settings.get(KEY).map(AccountSettings::parse).orElse(DEFAULTS);
    }

    public void save(WorkspaceSettings settings) {
        try {
            settings.put(KEY, JSON.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the account settings", e);
        }
    }

    private static AccountSettings parse(String json) {
        try {
            // Defaults first, the saved document over them: a setting added later still has its value.
            return JSON.readerForUpdating(new Draft(DEFAULTS)).<Draft>readValue(json).settings();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The workspace's account settings are not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A mutable copy Jackson can update field by field. */
    @SuppressWarnings("checkstyle:VisibilityModifier")
    static final class Draft {
        public double activityWeight;
        public double activationWeight;
        public double breadthWeight;
        public double struggleWeight;
        public double outreachWeight;
        public int healthyFrom;
        public int minPeople;
        public double declineShare;
        public int declineMinPeople;
        public double stoppedShare;
        public int stoppedMinPeople;
        public int ticketRiseMin;
        public double ticketRiseFactor;
        public double ticketRiseAlpha;
        public int windowDays;
        public int horizonDays;

        Draft() {
            this(DEFAULTS);
        }

        Draft(AccountSettings s) {
            activityWeight = s.activityWeight;
            activationWeight = s.activationWeight;
            breadthWeight = s.breadthWeight;
            struggleWeight = s.struggleWeight;
            outreachWeight = s.outreachWeight;
            healthyFrom = s.healthyFrom;
            minPeople = s.minPeople;
            declineShare = s.declineShare;
            declineMinPeople = s.declineMinPeople;
            stoppedShare = s.stoppedShare;
            stoppedMinPeople = s.stoppedMinPeople;
            ticketRiseMin = s.ticketRiseMin;
            ticketRiseFactor = s.ticketRiseFactor;
            ticketRiseAlpha = s.ticketRiseAlpha;
            windowDays = s.windowDays;
            horizonDays = s.horizonDays;
        }

        AccountSettings settings() {
            return new AccountSettings(activityWeight, activationWeight, breadthWeight, struggleWeight, outreachWeight, healthyFrom,
                    minPeople, declineShare, declineMinPeople, stoppedShare, stoppedMinPeople, ticketRiseMin, ticketRiseFactor,
                    ticketRiseAlpha, windowDays, horizonDays);
        }
    }
}
