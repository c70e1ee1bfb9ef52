package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass funnel reaches exactly as far as trying every step 1 with its own scan forward (DESIGN §5's definition). */
class WindowFunnelTest {

    private static final long HOUR = 3_600_000L;

    /** DESIGN §5 as written: for each step 1 on or after the start, steps 2…k in order within the window; the furthest over all. */
    private static int byEveryAttempt(List<FeaturePeople.StepEvent> events, int steps, long start, long windowMs) {
        int best = 0;
        for (int i = 0; i < events.size(); i++) {
            FeaturePeople.StepEvent first = events.get(i);
            if (first.step() != 0 || first.ts() < start) {
                continue;
            }
            int level = 1;
            for (int j = i + 1; j < events.size() && level < steps; j++) {
                FeaturePeople.StepEvent next = events.get(j);
                if (next.ts() > first.ts() + windowMs) {
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

    @Test
    void aLaterFirstStepCanReachFurtherThanAnEarlierOne() {
        // Step 1 at 0 h, step 2 at 30 h (past a day's window); step 1 again at 20 h, then steps 2 and 3 in time.
        List<FeaturePeople.StepEvent> events = List.of(new FeaturePeople.StepEvent(0, 0, null), new FeaturePeople.StepEvent(0, 20 * HOUR, null),
                new FeaturePeople.StepEvent(1, 30 * HOUR, null), new FeaturePeople.StepEvent(2, 40 * HOUR, null));
        assertEquals(3, WindowFunnel.furthestStep(events, 3, 0, 24 * HOUR));
        assertEquals(2, WindowFunnel.furthestStep(events, 3, 0, 12 * HOUR));
        // Nothing counts before the window starts; a revert (-1) is no step.
        assertEquals(0, WindowFunnel.furthestStep(List.of(new FeaturePeople.StepEvent(0, 5, null)), 3, 10, HOUR));
        assertEquals(1, WindowFunnel.furthestStep(List.of(new FeaturePeople.StepEvent(0, 5, null), new FeaturePeople.StepEvent(-1, 6, null)), 3, 0, HOUR));
    }

    @Test
    void onePassAgreesWithEveryAttemptOnRandomTimelines() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            int steps = 1 + random.nextInt(5);
            int n = random.nextInt(40);
            List<FeaturePeople.StepEvent> events = new ArrayList<>();
            long ts = random.nextInt(5) * HOUR;
            for (int i = 0; i < n; i++) {
                // Ties happen: several events in the same millisecond keep their order.
                ts += random.nextInt(4) == 0 ? 0 : random.nextInt(30) * HOUR / 4;
                events.add(new FeaturePeople.StepEvent(random.nextInt(steps + 1) - 1, ts, null));
            }
            long start = random.nextInt(10) * HOUR;
            long window = (1 + random.nextInt(48)) * HOUR;
            assertEquals(byEveryAttempt(events, steps, start, window), WindowFunnel.furthestStep(events, steps, start, window),
                    "run " + run + ": " + events + " from " + start + " within " + window);
        }
    }
}
