package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.shell.ProbeReport;
import org.uptake.workspace.Workspace;
import picocli.CommandLine;

/** {@code uptake bench desktop}'s answers to bad input (no app is launched), and how it prints what the probe measured. */
class BenchDesktopCliTest {

    @TempDir
    Path temp;

    @Test
    void aFolderThatIsNoWorkspaceIsBadUsage() {
        Path nothing = temp.resolve("nothing-here");
        CliRun run = CliRun.of("bench", "desktop", nothing.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("uptake: " + nothing + " is not an Uptake workspace (it has no workspace.mv.db)",
                "try uptake bench desktop --help"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void aMissingFileToImportIsBadUsage() {
        Path folder = workspace();
        Path missing = temp.resolve("events.csv");
        CliRun run = CliRun.of("bench", "desktop", folder.toString(), "--import", missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("uptake: --import: " + missing + " is not a file", "try uptake bench desktop --help"), run.err().lines().toList());
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        Path folder = workspace();
        Properties linux = new Properties();
        linux.setProperty("os.name", "Linux");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new CommandLine(new BenchDesktopCommand(Map.of("HOME", "/home/pm"), linux)), new PrintWriter(out),
                new PrintWriter(err), folder.toString());
        assertEquals(1, code);
        assertEquals(List.of("uptake: no display to open the desktop app on (DISPLAY is not set): run it under Xvfb, as"
                + " xvfb-run -a uptake bench desktop <workspace>"), err.toString().lines().toList());
        assertEquals("", out.toString());
    }

    @Test
    void aDisplayNamedByWaylandOrMonocleIsEnough() {
        Properties linux = new Properties();
        linux.setProperty("os.name", "Linux");
        assertEquals(false, DesktopLaunch.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux).isPresent());
        linux.setProperty("glass.platform", "Monocle");
        assertEquals(false, DesktopLaunch.missingDisplay(Map.of(), linux).isPresent());
    }

    @Test
    void theTableShowsTheGoalsTheLongestGapOfAllPhasesAndWhereTheFxThreadWas() {
        ProbeReport report = new ProbeReport(1_000_000L, 1_450, List.of(
                new ProbeReport.Phase("open workspace", true, 2_310.4, 48.2, 0, List.of()),
                new ProbeReport.Phase("Adoption", true, 912.6, 164.9, 2, List.of(new ProbeReport.Stall(165, "org.uptake.gui.X.fill(X.java:12)")))),
                null);
        DesktopFigures figures = DesktopFigures.of(report, 1_720);
        assertEquals(164.9, figures.longestPulseGapMs());
        assertEquals(2, figures.gapsOver100Ms());
        assertEquals("""
                launch to first window (ms)                 1,720   ≤ 2,000
                  JVM start to first window (ms)            1,450
                longest FX pulse gap (ms)                     165   ≤ 100
                  pulse gaps over 100 ms                        2   0
                  open workspace (ms)                       2,310   longest gap 48 ms, 0 over 100 ms
                  Adoption (ms)                               913   longest gap 165 ms, 2 over 100 ms
                      165 ms at org.uptake.gui.X.fill(X.java:12)
                """, figures.rows());
        assertEquals("""
                desktop                            not measured: no display
                """, DesktopFigures.notMeasured("no display").rows());
    }

    private Path workspace() {
        Path folder = temp.resolve("ws");
        Workspace.create(folder).close();
        return folder;
    }

    @Test
    void aClassArchiveIsWrittenByTheFirstLaunchAndMappedByTheNext(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path archive = temp.resolve("app.jsa");
        java.util.List<String> command = java.util.List.of("/jdk/bin/java", "-Xmx2g", "-cp", "uptake.jar", "org.uptake.app.Main", "ws");

        assertEquals(java.util.List.of("/jdk/bin/java", "-XX:ArchiveClassesAtExit=" + archive, "-Xmx2g", "-cp", "uptake.jar",
                "org.uptake.app.Main", "ws"), DesktopLaunch.withClassArchive(command, archive));
        java.nio.file.Files.write(archive, new byte[] {1});
        assertEquals(java.util.List.of("/jdk/bin/java", "-XX:SharedArchiveFile=" + archive, "-Xmx2g", "-cp", "uptake.jar",
                "org.uptake.app.Main", "ws"), DesktopLaunch.withClassArchive(command, archive));
        assertEquals(command, DesktopLaunch.withClassArchive(command, null), "without an archive, the launcher's own options");
    }
}
