package org.uptake.outreach;

/** Who outreach is for; a person is in at most one audience per feature, the first that fits in this order. */
public enum Audience {
    STRUGGLING("Struggling with it"),
    WORKAROUND("Doing the job the old way"),
    STOPPED("Adopted, then stopped"),
    NOT_ADOPTED("It is for them and they have not tried it");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
