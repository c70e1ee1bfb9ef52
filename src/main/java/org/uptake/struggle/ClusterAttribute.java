package org.uptake.struggle;

import java.util.List;
import java.util.Locale;

/**
 * One attribute value a cluster is defined by, e.g. main platform = mobile. Attributes say who
 * (segment, plan, role, main platform, app version, account tier, tenure) and where (the platform
 * of the attempt), never what defines struggling (DESIGN §5): the funnel step where someone stopped
 * is abandonment restated, and the element they rage-clicked is the rage click restated, so
 * neither is one; both describe a cluster in its label and headline.
 */
public record ClusterAttribute(String attribute, String value) {

    public static final String SEGMENT = "segment";
    public static final String PLAN = "plan";
    public static final String ROLE = "role";
    public static final String MAIN_PLATFORM = "main platform";
    public static final String APP_VERSION = "app version";
    public static final String ACCOUNT_TIER = "account tier";
    public static final String TENURE = "tenure";
    /** The platform of the person's attempt (where they entered the feature), not their usual one. */
    public static final String PLATFORM = "platform of the attempt";

    /** Every attribute, people's first, in the order a label lists them. */
    public static final List<String> ALL = List.of(ROLE, MAIN_PLATFORM, SEGMENT, PLAN, ACCOUNT_TIER, TENURE, APP_VERSION, PLATFORM);

    /** In plain words, as the cluster's short label shows it. */
    public String phrase() {
        return switch (attribute) {
            case MAIN_PLATFORM -> value + " users";
            case SEGMENT -> value;
            case PLAN -> value + " plan";
            case ROLE -> value + "s";
            case APP_VERSION -> "app " + value;
            case ACCOUNT_TIER -> value + " accounts";
            case TENURE -> value.startsWith("joined") ? value : "customers for " + value;
            case PLATFORM -> "on " + value;
            default -> attribute + " " + value;
        };
    }

    /** The words after the headline's subject: "on smb accounts", "on the pro plan", "trying it on mobile". */
    String qualifier() {
        return switch (attribute) {
            case MAIN_PLATFORM -> "mostly on " + value;
            case SEGMENT -> "on " + value + " accounts";
            case PLAN -> "on the " + value + " plan";
            case ROLE -> "who are " + value + "s";
            case APP_VERSION -> "on app " + value;
            case ACCOUNT_TIER -> "at " + value + "-tier accounts";
            case TENURE -> value.startsWith("joined") ? "who " + value : "who have been customers for " + value;
            case PLATFORM -> "trying it on " + value;
            default -> "with " + attribute + " " + value;
        };
    }

    /** "Mobile users", "iOS users": a main platform names the people themselves. */
    String subject() {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ios" -> "iOS users";
            case "ipados" -> "iPadOS users";
            default -> Character.toUpperCase(value.charAt(0)) + value.substring(1) + " users";
        };
    }
}
