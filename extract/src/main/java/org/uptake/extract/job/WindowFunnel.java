package org.uptake.extract.job;

import java.util.List;

/**
 * The furthest funnel step a person reached, as the desktop counts it (DESIGN §5, ClickHouse
 * windowFunnel): for each step-1 occurrence on or after the start, later steps in order within the
 * window of that occurrence; the best over all attempts. Events are {ts, step} in time order.
 */
final class WindowFunnel {

    private WindowFunnel() {
    }

    static int furthestStep(List<long[]> events, int steps, long start, long windowMs) {
        int best = 0;
        for (int i = 0; i < events.size() && best < steps; i++) {
            long[] first = events.get(i);
            if (first[1] != 0 || first[0] < start) {
                continue;
            }
            int level = 1;
            long deadline = first[0] + windowMs;
            for (int j = i + 1; j < events.size() && level < steps; j++) {
                long[] next = events.get(j);
                if (next[0] > deadline) {
                    break;
                }
                if (next[1] == level) {
                    level++;
                }
            }
            best = Math.max(best, level);
        }
        return best;
    }
}
