package org.uptake.account;

/** Where an account's health puts it; the last two have no score. */
public enum Band {
    AT_RISK("at risk"), WATCH("watch"), HEALTHY("healthy"), TOO_SMALL("too small to score"), CHURNED("churned");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    /** The band as the screen, the PDF and the CLI write it. */
    public String label() {
        return label;
    }

    /** The CLI's spelling: {@code at-risk}, {@code too-small}. */
    public String option() {
        return switch (this) {
            case AT_RISK -> "at-risk";
            case TOO_SMALL -> "too-small";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
