package org.uptake.gui.common;

/** Where the desktop's warm-ups run: a daemon thread of low priority, so one never delays the window or keeps the app alive. */
public final class WarmUpThread {

    private WarmUpThread() {
    }

    /** Starts {@code work} on a new daemon thread named {@code name} at the lowest priority, and returns the thread. */
    public static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }
}
