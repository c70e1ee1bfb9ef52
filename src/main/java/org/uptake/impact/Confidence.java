package org.uptake.impact;

/** How sure a claim is, in the words a report uses. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low"), NOT_MEASURABLE("not measurable");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
