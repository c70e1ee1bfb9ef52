package org.uptake.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where Uptake keeps its own files (logs) on each operating system. */
public final class AppFolders {

    private AppFolders() {
    }

    /** The user's config folder for Uptake; the system property {@code uptake.configDir} overrides it. */
    public static Path configFolder() {
        String override = System.getProperty("uptake.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Uptake");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Uptake");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("uptake");
    }

    public static Path logFolder() {
        return configFolder().resolve("logs");
    }

    /** Points the logback configuration at the log folder; must run before the first logger is made. */
    static void configureLogging() {
        if (System.getProperty("uptake.logDir") == null) {
            System.setProperty("uptake.logDir", logFolder().toString());
        }
    }
}
