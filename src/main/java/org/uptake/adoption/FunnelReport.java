package org.uptake.adoption;

import java.util.List;

/** A feature's funnel: people reaching each step, and the conversion from the step before, per breakdown value. */
public record FunnelReport(String featureKey, Breakdown by, int windowDays, List<Group> groups) {

    public FunnelReport {
        groups = List.copyOf(groups);
    }

    /**
     * What the funnel is broken down by. PLATFORM is the platform of the attempt (where step 1
     * happened), not the person's main platform that adoption breaks down by: the labels keep them apart.
     */
    public enum Breakdown {
        NONE("everyone"), SEGMENT("segment"), PLAN("plan"), ROLE("role"), PLATFORM("platform of the attempt");

        private final String label;

        Breakdown(String label) {
            this.label = label;
        }

        /** The breakdown in the user's words, the same on every screen, the CLI and the PDF. */
        public String label() {
            return label;
        }

        public static Breakdown parse(String text) {
            return text == null ? NONE : valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One breakdown value's funnel. */
    public record Group(String value, List<Step> steps) {
        public Group {
            steps = List.copyOf(steps);
        }
    }

    /** People who reached the step, and the share of the previous step's people (1.0 for the first). */
    public record Step(String name, int people, double conversionFromPrevious) {
    }
}
