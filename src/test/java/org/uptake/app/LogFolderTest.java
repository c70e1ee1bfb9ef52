package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app's log file goes to the config folder even when a logger is made before AppFolders points it there. */
class LogFolderTest {

    @Test
    void withoutTheLogFolderSetTheLogStillStaysOutOfTheWorkingFolder() throws Exception {
        String set = System.clearProperty("uptake.logDir");
        LoggerContext context = new LoggerContext();
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFolderTest.class.getResource("/logback.xml"));
            RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
            Path log = Path.of(file.getFile()).toAbsolutePath().normalize();
            assertEquals(Path.of(System.getProperty("user.home"), ".config", "uptake", "logs", "uptake.log"), log);
            assertFalse(log.startsWith(Path.of("").toAbsolutePath()), log + " is in the working folder");
        } finally {
            context.stop();
            if (set != null) {
                System.setProperty("uptake.logDir", set);
            }
        }
    }
}
