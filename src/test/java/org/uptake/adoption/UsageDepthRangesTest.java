package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uptake.struggle.SharedEventReadTest.importText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.Workspace;

/**
 * Depth reads the feature's days once for both its ranges: uses since launch decide the tier, days in the last 28
 * (before launch too) the L28 curve. A feature launched six days before the data ends, used before its launch.
 */
class UsageDepthRangesTest {

    @TempDir
    Path temp;

    @Test
    void usesBeforeLaunchCountInTheLast28DaysButNotInTheTier() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            importText(workspace, temp, "features.json", """
                    [{"key":"board","name":"Board","launchedAt":"2026-03-10","adoption":{"event":"pin","target":0.5,"withinDays":30}}]
                    """);
            importText(workspace, temp, "events.csv", """
                    user_id,timestamp,event
                    early,2026-03-01T09:00:00Z,pin
                    early,2026-03-02T09:00:00Z,pin
                    early,2026-03-05T09:00:00Z,pin
                    early,2026-03-12T09:00:00Z,pin
                    late,2026-03-11T09:00:00Z,pin
                    late,2026-03-12T09:00:00Z,pin
                    late,2026-03-13T09:00:00Z,pin
                    long-ago,2026-01-05T09:00:00Z,pin
                    long-ago,2026-03-16T09:00:00Z,pin
                    """);
            UsageDepth depth = new AdoptionAnalysis(workspace, FeaturePeople.cache(workspace)).depth("board", LocalDate.of(2026, 3, 16));
            // early: one use since launch (surface), though four days in the last 28; late: three uses (regular);
            // long-ago: one use since launch (surface), one day in the last 28 (its January day is older).
            assertEquals(List.of(2, 1, 0), List.of(depth.surface(), depth.regular(), depth.power()));
            assertEquals(1, depth.l28().get(0), "one day: long-ago");
            assertEquals(1, depth.l28().get(2), "three days: late");
            assertEquals(1, depth.l28().get(3), "four days: early");
            assertEquals(3, depth.l28().stream().mapToInt(Integer::intValue).sum());
        }
    }
}
