package org.uptake.model;

/** The kinds of struggle a detector can see (DESIGN §5), in the words an analyst uses. */
public enum SignalKind {
    RAGE_CLICKS("rage clicks", 3),
    UNDO_LOOP("undo/redo loop", 3),
    ABANDONED("abandoned workflow", 2),
    TICKET("support ticket", 4),
    ERROR("error", 3),
    WORKAROUND("workaround", 1);

    private final String label;
    private final int weight;

    SignalKind(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    /**
     * How much one signal of this kind adds to a person's struggle score. A ticket is the person
     * telling us; a workaround alone is a habit more than a struggle, so it weighs least.
     */
    public int weight() {
        return weight;
    }
}
