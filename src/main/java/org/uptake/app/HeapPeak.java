package org.uptake.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap in use every 20 ms while a measured step runs, and keeps the highest value. */
final class HeapPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapPeak() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "uptake-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    long bytes() {
        return peak.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
