package org.uptake.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.uptake.gui.shell.ProbeReport;

/**
 * Starts the desktop app as its own process, as the packaged launcher does, with the desktop probe on, and
 * reads back what the probe measured. The app gets preferences of its own (a scratch folder), so the
 * person's recent workspaces and window placement stay as they were.
 */
final class DesktopLaunch {

    /** The JVM options the packaged launcher gives the app (packaging/linux/package.sh). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-Xmx2g", "-Djava.awt.headless=false");
    /** The bench's own settings the app must share: where logs and config live, and the JavaFX platform (Monocle in tests). */
    private static final List<String> SHARED_PREFIXES = List.of("uptake.logDir", "uptake.configDir", "glass.", "monocle.", "prism.");
    /** Generous: the probe stops a phase that takes longer than its limit and quits with a report. */
    private static final long HOURS_AT_MOST = 3;

    private DesktopLaunch() {
    }

    /** Why the app cannot show a window here, or empty when it can: on Linux and the BSDs that needs an X or Wayland display. */
    static Optional<String> missingDisplay(Map<String, String> environment, Properties system) {
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean monocle = "Monocle".equalsIgnoreCase(system.getProperty("glass.platform"));
        if (monocle || os.contains("win") || os.contains("mac") || set(environment.get("DISPLAY"))
                || set(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("no display to open the desktop app on (DISPLAY is not set): run it under Xvfb, as"
                + " xvfb-run -a uptake bench desktop <workspace>");
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    /** Launches the app on {@code workspace} (dropping {@code importFile} on it when not null) and returns what it measured. */
    static DesktopFigures measure(Path workspace, Path importFile) throws IOException, InterruptedException {
        return measure(workspace, importFile, null);
    }

    /**
     * The same, with the app's classes mapped from the class data archive {@code classArchive} as the packaged launcher
     * maps its own (or, when the file does not exist yet, written into it as the app exits: a training launch).
     */
    static DesktopFigures measure(Path workspace, Path importFile, Path classArchive) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("uptake-bench-desktop");
        Path report = scratch.resolve("report.json");
        Path output = scratch.resolve("app-output.txt");
        List<String> command = withClassArchive(command(workspace, importFile, report, scratch.resolve("preferences")), classArchive);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(output.toFile());
        long spawned = System.currentTimeMillis();
        Process app = builder.start();
        if (!app.waitFor(HOURS_AT_MOST, TimeUnit.HOURS)) {
            app.destroy();
            throw new IllegalStateException("the desktop app did not quit within " + HOURS_AT_MOST + " hours; its output is in " + output);
        }
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException("the desktop app ended (exit " + app.exitValue() + ") without a report: " + lastLine(output)
                    + " (its output is in " + output + ")");
        }
        ProbeReport measured = ProbeReportFile.read(report);
        FolderDeleter.delete(scratch);
        return DesktopFigures.of(measured, measured.shownEpochMs() - spawned);
    }

    /**
     * {@code command} mapping its classes from {@code archive} when that file exists, else writing them into it as the
     * app exits (a training launch); unchanged when {@code archive} is null.
     */
    static List<String> withClassArchive(List<String> command, Path archive) {
        if (archive == null) {
            return command;
        }
        List<String> with = new ArrayList<>(command);
        // Among the JVM's options, right after the java binary.
        with.add(1, (Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive.toAbsolutePath().normalize());
        return with;
    }

    static List<String> command(Path workspace, Path importFile, Path report, Path preferences) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_OPTIONS);
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(name -> SHARED_PREFIXES.stream().anyMatch(name::startsWith))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-Djava.util.prefs.userRoot=" + preferences);
        command.add("-D" + ProbeReportFile.REPORT_PROPERTY + "=" + report.toAbsolutePath());
        if (importFile != null) {
            command.add("-D" + ProbeReportFile.IMPORT_PROPERTY + "=" + importFile.toAbsolutePath());
        }
        // This process's own classpath: the jar when run as java -jar uptake.jar, the build's folders in a source checkout.
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add(workspace.toAbsolutePath().normalize().toString());
        return command;
    }

    private static String lastLine(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output).stream().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "it printed nothing" : lines.get(lines.size() - 1).strip();
    }
}
