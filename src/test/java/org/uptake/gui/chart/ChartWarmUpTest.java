package org.uptake.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The charts' warm-up runs on a daemon thread of its own (never the caller's) and draws its chart. */
class ChartWarmUpTest {

    @Test
    void drawsAChartOnADaemonThreadOfItsOwn() throws InterruptedException {
        Thread thread = ChartWarmUp.start();
        assertEquals(ChartWarmUp.THREAD_NAME, thread.getName());
        assertTrue(thread.isDaemon());
        assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
        thread.join(60_000);
        assertFalse(thread.isAlive());
    }

    @Test
    void drawsTheChart() {
        assertTrue(ChartWarmUp.warm());
    }
}
