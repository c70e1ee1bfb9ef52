package org.uptake.struggle;

/** One attribute value a cluster is defined by, e.g. platform = mobile. */
public record ClusterAttribute(String attribute, String value) {

    public static final String PLATFORM = "platform";
    public static final String SEGMENT = "segment";
    public static final String PLAN = "plan";
    public static final String ROLE = "role";
    public static final String APP_VERSION = "app version";
    public static final String STEP = "step reached";

    /** In plain words, as the cluster's label shows it. */
    public String phrase() {
        return switch (attribute) {
            case PLATFORM, SEGMENT -> value;
            case PLAN -> value + " plan";
            case ROLE -> value + "s";
            case APP_VERSION -> "app " + value;
            case STEP -> value;
            default -> attribute + " " + value;
        };
    }
}
