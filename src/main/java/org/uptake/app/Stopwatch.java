package org.uptake.app;

/** Milliseconds a piece of work takes, for the benchmarks. */
final class Stopwatch {

    private Stopwatch() {
    }

    static double ms(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The best of {@code runs} runs (no warm-up: the caller warms up when it wants one). */
    static double best(int runs, Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, ms(work));
        }
        return best;
    }
}
