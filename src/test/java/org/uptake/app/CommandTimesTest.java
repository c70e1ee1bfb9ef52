package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CommandTimesTest {

    @Test
    void theMarksAreLoggedInOrderOnlyWhenTimingIsAskedFor() {
        Logger logger = (Logger) LoggerFactory.getLogger(CommandTimes.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        Level before = logger.getLevel();
        try {
            logger.setLevel(Level.INFO);
            CommandTimes.mark("unseen");
            CommandTimes.log("info");
            logger.setLevel(Level.DEBUG);
            CommandTimes.mark("open");
            CommandTimes.mark("work");
            CommandTimes.log("adoption");

            assertEquals(1, seen.list.size());
            String line = seen.list.get(0).getFormattedMessage();
            assertTrue(line.matches("adoption: \\d+ ms since the process started; JVM to main -?\\d+ ms; open \\d+ ms, work \\d+ ms"), line);
        } finally {
            logger.setLevel(before);
            logger.detachAppender(seen);
        }
    }
}
