package org.uptake.sample;

/** The part a person plays in the dashboard-customization story. */
enum DashboardRole {
    NONE,
    ADOPTER,
    /** First attempt stalls, a later one within the window succeeds. */
    ADOPTER_AFTER_RETRY,
    /** Resets the layout 28–34 h after saving: just outside the 24 h revert window. */
    ADOPTER_LATE_RESET,
    ABANDON_AT_EDIT,
    ABANDON_AT_MOVE,
    REVERT_ADMIN,
    REVERT_BUG,
    EARLY_POWER_ADOPTER,
    CAMPAIGN_CONVERTED,
    CAMPAIGN_NOT_CONVERTED,
    CONTROL_CONVERTED,
    CONTROL_NOT_CONVERTED;

    boolean adopts() {
        return switch (this) {
            case ADOPTER, ADOPTER_AFTER_RETRY, ADOPTER_LATE_RESET, REVERT_ADMIN, REVERT_BUG, EARLY_POWER_ADOPTER,
                    CAMPAIGN_CONVERTED, CONTROL_CONVERTED -> true;
            default -> false;
        };
    }

    boolean inCampaign() {
        return this == CAMPAIGN_CONVERTED || this == CAMPAIGN_NOT_CONVERTED;
    }

    boolean inControl() {
        return this == CONTROL_CONVERTED || this == CONTROL_NOT_CONVERTED;
    }
}
