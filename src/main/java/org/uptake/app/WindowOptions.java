package org.uptake.app;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The analysis window every per-feature analysis takes: launch to the last event unless told otherwise. */
final class WindowOptions {

    @Option(names = "--from", paramLabel = "D", description = "First day of the window (default: the launch day).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day of the window (default: the day of the last event).")
    LocalDate to;
}
