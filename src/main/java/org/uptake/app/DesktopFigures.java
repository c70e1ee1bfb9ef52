package org.uptake.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.uptake.gui.shell.ProbeReport;

/**
 * The desktop's figures of issue 20, as {@code uptake bench desktop} and {@code uptake bench} print them: launch to
 * first window (goal ≤ 2,000 ms) and the longest FX pulse gap over every phase (goal ≤ 100 ms), with each phase;
 * or why they were not measured.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DesktopFigures(String notMeasured, Long launchToFirstWindowMs, Long jvmStartToFirstWindowMs, Double longestPulseGapMs,
        Integer gapsOver100Ms, List<ProbeReport.Phase> phases, String problem) {

    static final long FIRST_WINDOW_GOAL_MS = 2_000;
    static final long PULSE_GAP_GOAL_MS = 100;

    static DesktopFigures notMeasured(String why) {
        return new DesktopFigures(why, null, null, null, null, null, null);
    }

    static DesktopFigures of(ProbeReport report, long launchToShownMs) {
        return new DesktopFigures(null, launchToShownMs, report.jvmStartToShownMs(),
                report.phases().stream().mapToDouble(ProbeReport.Phase::longestPulseGapMs).max().orElse(0),
                report.phases().stream().mapToInt(ProbeReport.Phase::gapsOver100Ms).sum(), report.phases(), report.problem());
    }

    /** The rows of the benchmark tables ("measure, value, goal"), one per figure and one per phase. */
    String rows() {
        StringBuilder t = new StringBuilder();
        if (notMeasured != null) {
            t.append(String.format(Locale.ROOT, "%-34s %14s%n", "desktop", "not measured: " + notMeasured));
            return t.toString();
        }
        t.append(String.format(Locale.ROOT, "%-34s %,14d   ≤ %,d%n", "launch to first window (ms)", launchToFirstWindowMs,
                FIRST_WINDOW_GOAL_MS));
        t.append(String.format(Locale.ROOT, "%-34s %,14d%n", "  JVM start to first window (ms)", jvmStartToFirstWindowMs));
        t.append(String.format(Locale.ROOT, "%-34s %,14.0f   ≤ %,d%n", "longest FX pulse gap (ms)", longestPulseGapMs, PULSE_GAP_GOAL_MS));
        t.append(String.format(Locale.ROOT, "%-34s %,14d   0%n", "  pulse gaps over 100 ms", gapsOver100Ms));
        for (ProbeReport.Phase p : phases) {
            t.append(String.format(Locale.ROOT, "%-34s %,14.0f   longest gap %,.0f ms, %d over 100 ms%s%n", "  " + p.name() + " (ms)",
                    p.elapsedMs(), p.longestPulseGapMs(), p.gapsOver100Ms(), p.finished() ? "" : ", not finished"));
            for (ProbeReport.Stall s : p.stalls()) {
                t.append(String.format(Locale.ROOT, "      %,d ms at %s%n", s.gapMs(), s.where()));
            }
        }
        if (problem != null) {
            t.append("stopped early: ").append(problem).append('\n');
        }
        return t.toString();
    }
}
