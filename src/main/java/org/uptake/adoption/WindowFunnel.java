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

    /** 0 when step 1 was never reached; events must be in time order. */
    static int furthestStep(List<FeaturePeople.StepEvent> events, int steps, long start, long windowMs) {
        int best = 0;
        for (int i = 0; i < events.size() && best < steps; i++) {
            FeaturePeople.StepEvent first = events.get(i);
            if (first.step() != 0 || first.ts() < start) {
                continue;
            }
            int level = 1;
            long deadline = first.ts() + windowMs;
            for (int j = i + 1; j < events.size() && level < steps; j++) {
                FeaturePeople.StepEvent next = events.get(j);
                if (next.ts() > deadline) {
                    break;
                }
                if (next.step() == level) {
                    level++;
                }
            }
            best = Math.max(best, level);
        }
        return best;
    }

    /** The platform of the person's first step-1 event on or after the start, or null. */
    static String entryPlatform(List<FeaturePeople.StepEvent> events, long start) {
        for (FeaturePeople.StepEvent e : events) {
            if (e.step() == 0 && e.ts() >= start) {
                return e.platform();
            }
        }
        return null;
    }
}
