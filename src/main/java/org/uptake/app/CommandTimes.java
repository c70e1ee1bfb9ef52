package org.uptake.app;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a command's time went, from the process's start to its exit: marks taken on the way
 * (started, workspace opened, work done, closed), logged at debug level when the command ends
 * ({@code -Duptake.timing=DEBUG} turns it on in the log file).
 */
final class CommandTimes {

    /** Taken before the logger below configures logging, so its cost is counted from here. */
    private static final long START = System.nanoTime();
    private static final Logger LOG = LoggerFactory.getLogger(CommandTimes.class);
    private static final List<String> MARKS = new ArrayList<>();
    private static long last = START;

    private CommandTimes() {
    }

    /** Notes that {@code what} just ended, with the milliseconds since the previous mark. */
    static synchronized void mark(String what) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        long now = System.nanoTime();
        MARKS.add(what + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    /** Logs the marks, led by the time the JVM took to reach {@code main}. */
    static synchronized void log(String command) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        long sinceProcessStart = ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
        LOG.debug("{}: {} ms since the process started; JVM to main {} ms; {}", command, sinceProcessStart,
                sinceProcessStart - (System.nanoTime() - START) / 1_000_000, String.join(", ", MARKS));
    }
}
