package org.uptake.app;

/**
 * Starts Uptake: the desktop app when given no arguments, the command line otherwise.
 * It does not extend {@code Application}, so the shaded jar can start JavaFX from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppFolders.configureLogging();
        if (args.length == 0) {
            DesktopApp.start(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
