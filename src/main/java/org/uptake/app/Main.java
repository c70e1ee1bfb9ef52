package org.uptake.app;

/**
 * Starts Uptake: the desktop app when given no arguments (or just a workspace to open), the command
 * line otherwise.
 * It does not extend {@code Application}, so the shaded jar can start JavaFX from the classpath.
 */
public final class Main {

    private Main() {
    }

    /** One argument naming a workspace (its folder or its workspace.uptake file): the desktop opens it, as a file manager asks. */
    static boolean opensWorkspace(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        try {
            java.nio.file.Path p = java.nio.file.Path.of(args[0]);
            return args[0].endsWith(".uptake") && java.nio.file.Files.isRegularFile(p)
                    || org.uptake.workspace.Workspace.isWorkspace(p);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        // Every number Uptake prints follows its English texts, not the machine's locale: sentences not yet
        // written through Figures still print "2,780" and "34.0%" as Figures does.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, org.uptake.model.Figures.LOCALE);
        AppFolders.configureLogging();
        if (args.length == 0 || opensWorkspace(args)) {
            DesktopApp.start(args);
        } else {
            CommandTimes.mark("logging");
            System.exit(Cli.run(args));
        }
    }
}
