package org.uptake.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.uptake.gui.shell.DesktopProbe;
import org.uptake.gui.shell.ProbeReport;

/**
 * The desktop probe's report file: {@code uptake bench desktop} names it in a system property of the app it
 * launches, which turns the probe on; the app writes the report there (whole or not at all) and the bench reads it.
 */
final class ProbeReportFile {

    /** The report's file; the probe is on only when it is set. */
    static final String REPORT_PROPERTY = "uptake.bench.report";
    /** A file to drop on the window once the workspace is open. */
    static final String IMPORT_PROPERTY = "uptake.bench.import";
    /** Seconds one phase may take (default 1,200: an import of ten million events takes minutes). */
    static final String PHASE_LIMIT_PROPERTY = "uptake.bench.phaseLimit";

    private ProbeReportFile() {
    }

    /** The probe the bench asked for, or null when the app runs as usual. */
    static DesktopProbe fromSystemProperties() {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null) {
            return null;
        }
        String dropped = System.getProperty(IMPORT_PROPERTY);
        return new DesktopProbe(dropped == null ? null : Path.of(dropped), Long.getLong(PHASE_LIMIT_PROPERTY, 1_200),
                measured -> write(Path.of(report), measured));
    }

    /** Writes through a temporary file and a move, so the bench never reads half a report. */
    static void write(Path file, ProbeReport report) {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "probe", ".tmp");
            Json.MAPPER.writeValue(temp.toFile(), report);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the probe's report to " + file + ": " + e.getMessage(), e);
        }
    }

    static ProbeReport read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), ProbeReport.class);
    }
}
