package org.uptake.account;

import org.uptake.workspace.SettingsSection;
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

    public AccountSettings {
        if (activityWeight < 0 || activationWeight < 0 || breadthWeight < 0 || struggleWeight < 0 || outreachWeight < 0
                || activityWeight + activationWeight + breadthWeight + struggleWeight + outreachWeight <= 0 || minPeople < 1
                || !(ticketRiseAlpha > 0 && ticketRiseAlpha <= 1) || windowDays < 1 || horizonDays < 1 || healthyFrom < 0 || healthyFrom > 100) {
            throw new IllegalArgumentException("Account settings out of range: " + this);
        }
    }

    /** The section's one document in {@code workspace_setting}, laid over {@link #DEFAULTS} field by field. */
    public static final SettingsSection<AccountSettings> SECTION = new SettingsSection<>(KEY, AccountSettings.class, DEFAULTS);

    /** The workspace's settings, or the defaults when none were saved; a setting added later keeps its default. */
    public static AccountSettings of(WorkspaceSettings settings) {
        return settings.read(SECTION);
    }

    public void save(WorkspaceSettings settings) {
        settings.write(SECTION, this);
    }
}
