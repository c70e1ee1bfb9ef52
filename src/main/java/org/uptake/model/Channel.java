package org.uptake.model;

/** Where a message goes: to a person (in-app, email, a CSM task) or into the product (onboarding content). */
public enum Channel {
    IN_APP("in-app", 60, 240),
    EMAIL("email", 80, 1500),
    CSM_TASK("CSM task", 100, 800),
    TOOLTIP("tooltip", 40, 140),
    WALKTHROUGH("walkthrough", 60, 900),
    WHATS_NEW("what's new", 60, 600),
    PLATFORM_TIP("platform tip", 60, 240);

    private final String label;
    private final int maxSubject;
    private final int maxBody;

    Channel(String label, int maxSubject, int maxBody) {
        this.label = label;
        this.maxSubject = maxSubject;
        this.maxBody = maxBody;
    }

    public String label() {
        return label;
    }

    /** The longest title or subject this channel shows without cutting it off. */
    public int maxSubject() {
        return maxSubject;
    }

    /** The longest body a recipient reads on this channel. */
    public int maxBody() {
        return maxBody;
    }

    public boolean onboarding() {
        return ordinal() >= TOOLTIP.ordinal();
    }
}
