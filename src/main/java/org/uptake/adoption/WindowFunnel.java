package org.uptake.adoption;

import java.util.List;

/**
 * The furthest funnel step a person reached (DESIGN §5, ClickHouse windowFunnel semantics): for
 * each step-1 occurrence on or after the start, later steps in order, each at or after the
 * previous, within the window of that occurrence; the best over all attempts.
 */
final class WindowFunnel {

    private WindowFunnel() {
    }

    /**
     * 0 when step 1 was never reached; events must be in time order. One pass, as ClickHouse's {@code windowFunnel}
     * makes it: for each step, the latest step-1 time whose chain has reached it. A later step 1 has the later
     * deadline, so it reaches at least as far as an earlier one from there on; trying every step 1 with its own scan
     * forward took seconds at a million people, for power users with hundreds of step events a week.
     */
    static int furthestStep(List<FeaturePeople.StepEvent> events, int steps, long start, long windowMs) {
        if (events.isEmpty()) {
            // Most of a window's active people took no step: no chain to start (a million people's arrays made for nothing).
            return 0;
        }
        long[] chainStart = new long[steps];
        java.util.Arrays.fill(chainStart, Long.MIN_VALUE);
        int best = 0;
        for (int i = 0; i < events.size() && best < steps; i++) {
            FeaturePeople.StepEvent e = events.get(i);
            int step = e.step();
            if (step == 0) {
                if (e.ts() >= start) {
                    chainStart[0] = e.ts();
                    best = Math.max(best, 1);
                }
            } else if (step > 0 && step < steps && chainStart[step - 1] != Long.MIN_VALUE && e.ts() - chainStart[step - 1] <= windowMs) {
                chainStart[step] = chainStart[step - 1];
                best = Math.max(best, step + 1);
            }
        }
        return best;
    }

    /** The platform of the person's first step-1 event on or after the start, or null. */
    static String entryPlatform(List<FeaturePeople.StepEvent> events, long start) {
        for (int i = 0; i < events.size(); i++) {
            FeaturePeople.StepEvent e = events.get(i);
            if (e.step() == 0 && e.ts() >= start) {
                return e.platform();
            }
        }
        return null;
    }
}
