package org.uptake.gui.shell;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the desktop probe measured in one run of the app (issue 20): when its first window showed, and per
 * phase (opening the workspace, an import, each screen) how long until its background work had landed and
 * how long the FX thread held the pulses back meanwhile.
 *
 * @param shownEpochMs the wall clock when the first window was shown, for the launcher to subtract its own start
 * @param jvmStartToShownMs from the JVM's own start (RuntimeMXBean) to the first window shown
 * @param problem why the run stopped early, or null when every phase ran
 */
public record ProbeReport(long shownEpochMs, long jvmStartToShownMs, List<Phase> phases,
        @JsonInclude(JsonInclude.Include.NON_NULL) String problem) {

    /**
     * One phase: {@code elapsedMs} from its start to the moment no background job was left; the longest gap
     * between two FX pulses in it, how many gaps were over 100 ms, and where the FX thread was in the first few.
     */
    public record Phase(String name, boolean finished, double elapsedMs, double longestPulseGapMs, int gapsOver100Ms,
            List<Stall> stalls) {
    }

    /** One pulse over 100 ms late: how late, and the FX thread's top frames while it was held. */
    public record Stall(long gapMs, String where) {
    }
}
