package org.uptake.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.uptake.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uptake bench desktop <ws> [--import FILE]}: launches the desktop app on a workspace with its probe on and
 * reports the time to its first window and how long the FX thread held the pulses back while the workspace
 * opened, the file was imported and each screen computed (issue 20). Needs a display: {@code xvfb-run -a}.
 */
@Command(name = "desktop", description = {"Launch the desktop app on a workspace and measure the time to its first window and the"
        + " longest FX pulse gap while it opens, imports and shows Overview, Adoption, Struggles, Impact, Accounts and the top account's page.",
    "Needs a display; on a server: xvfb-run -a uptake bench desktop <workspace>"})
final class BenchDesktopCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "<workspace>", description = "The workspace folder (the app opens it as a person would).")
    Path folder;

    @Option(names = "--import", paramLabel = "FILE", description = "A file to drop on the window once the workspace is open; the import"
            + " wizard takes it into the workspace.")
    Path importFile;

    @Option(names = "--class-archive", paramLabel = "FILE", description = {"Start the app as the packaged launcher does: its classes"
            + " mapped from this class data archive. When FILE does not exist, a first launch (not measured, no import) writes it as"
            + " the app quits, then the measured launch maps it.", "packaging/linux/package.sh makes the packaged app's archive so."})
    Path classArchive;

    private final Map<String, String> environment;
    private final Properties system;

    BenchDesktopCommand() {
        this(System.getenv(), System.getProperties());
    }

    /** With the environment and system properties a test gives, to check the answer when there is no display. */
    BenchDesktopCommand(Map<String, String> environment, Properties system) {
        this.environment = environment;
        this.system = system;
    }

    @Override
    public Integer call() throws Exception {
        if (!Workspace.isWorkspace(folder)) {
            throw options.usage(folder + " is not an Uptake workspace (it has no " + Workspace.DATABASE_FILE + ")");
        }
        if (importFile != null && !Files.isRegularFile(importFile)) {
            throw options.usage("--import: " + importFile + " is not a file");
        }
        String noDisplay = DesktopLaunch.missingDisplay(environment, system).orElse(null);
        if (noDisplay != null) {
            throw new IllegalStateException(noDisplay);
        }
        if (!options.json) {
            options.out().println("Launching the desktop app on " + folder.toAbsolutePath().normalize() + "…");
            options.out().flush();
        }
        if (classArchive != null && !Files.isRegularFile(classArchive)) {
            if (!options.json) {
                options.out().println("Writing the class data archive " + classArchive + " with a first launch…");
                options.out().flush();
            }
            DesktopFigures training = DesktopLaunch.measure(folder, null, classArchive);
            if (!Files.isRegularFile(classArchive)) {
                throw new IllegalStateException("the first launch did not write the class data archive " + classArchive
                        + (training.problem() == null ? "" : ": " + training.problem()));
            }
        }
        DesktopFigures figures = DesktopLaunch.measure(folder, importFile, classArchive);
        String machine = Runtime.getRuntime().availableProcessors() + " cores, the app started with "
                + String.join(" ", DesktopLaunch.LAUNCHER_OPTIONS) + (classArchive == null ? "" : " and the class data archive " + classArchive)
                + ", Java " + System.getProperty("java.version");
        options.print(figures, machine + "\n" + String.format(Locale.ROOT, "%-34s %14s   %s%n", "measure", "value", "goal")
                + figures.rows().stripTrailing());
        if (figures.problem() != null) {
            options.err().println("uptake: the run stopped early: " + figures.problem());
            return 1;
        }
        return 0;
    }
}
