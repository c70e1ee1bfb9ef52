package org.uptake.gui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread's pulses: the longest gap between two, how many gaps were over 100 ms, and
 * where the FX thread was while it held a pulse back (its stack, taken by a watcher thread once the
 * gap passes 100 ms), since the last {@link #take() reading}.
 */
final class PulseGaps extends AnimationTimer {

    /** A pulse later than this is a freeze the person sees (issue 20's goal). */
    static final long SLOW_NANOS = 100_000_000L;
    private static final int STALLS_KEPT = 5;
    private static final int FRAMES_KEPT = 8;

    /** What the pulses showed over one stretch of time. */
    record Reading(double longestGapMs, int gapsOver100Ms, List<ProbeReport.Stall> stalls) {
    }

    private final LongConsumer afterPulse;
    private volatile long lastPulse;
    private volatile Thread fxThread;
    /** The FX thread's stack taken during the gap now open, or null. */
    private volatile String stallWhere;
    private long longest;
    private int slow;
    private final List<ProbeReport.Stall> stalls = new ArrayList<>();
    private Thread watcher;

    /** {@code afterPulse} runs on every pulse after the gap is counted, with the pulse's time in nanoseconds. */
    PulseGaps(LongConsumer afterPulse) {
        this.afterPulse = afterPulse;
    }

    @Override
    public void handle(long now) {
        if (fxThread == null) {
            fxThread = Thread.currentThread();
        }
        long previous = lastPulse;
        // System.nanoTime rather than the pulse's own stamp, so the watcher thread measures the same clock.
        long at = System.nanoTime();
        lastPulse = at;
        if (previous != 0) {
            long gap = at - previous;
            longest = Math.max(longest, gap);
            if (gap > SLOW_NANOS) {
                slow++;
                String where = stallWhere;
                if (stalls.size() < STALLS_KEPT) {
                    stalls.add(new ProbeReport.Stall(Math.round(gap / 1e6), where == null ? "not caught (between two looks)" : where));
                }
            }
        }
        stallWhere = null;
        afterPulse.accept(at);
    }

    @Override
    public void start() {
        super.start();
        watcher = new Thread(this::watch, "uptake-pulse-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void stop() {
        super.stop();
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /** Gaps since the last reading; the next reading starts from here. */
    Reading take() {
        Reading reading = new Reading(longest / 1e6, slow, List.copyOf(stalls));
        longest = 0;
        slow = 0;
        stalls.clear();
        return reading;
    }

    /** Looks at the FX thread every 20 ms: a pulse 100 ms late gets the stack of what holds the thread. */
    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(20);
                long last = lastPulse;
                Thread fx = fxThread;
                if (fx != null && last != 0 && stallWhere == null && System.nanoTime() - last > SLOW_NANOS) {
                    String where = where(fx.getStackTrace());
                    if (lastPulse == last) {
                        stallWhere = where;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The top frames, starting at the first of Uptake's own where there is one (the JavaFX frames above it say little). */
    static String where(StackTraceElement[] stack) {
        int first = 0;
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith("org.uptake.")) {
                first = i;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        if (first > 0) {
            text.append(stack[0]).append(" … ");
        }
        for (int i = first; i < Math.min(stack.length, first + FRAMES_KEPT); i++) {
            text.append(i > first ? " < " : "").append(stack[i]);
        }
        return text.toString();
    }
}
