package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.Workspace;

/**
 * A digest after a refresh, in a process of its own, reports the refresh's proactive figures without detecting them
 * again; a changed threshold or new data makes the kept figures stale, and the digest computes them.
 */
class KeptProactiveFiguresTest {

    @TempDir
    Path temp;

    @Test
    void aDigestReadsTheRefreshsFiguresUntilTheDataOrTheDefinitionsChange() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WatchFixtures.importScenario(workspace, temp.resolve("days"), 0, WatchScenario.MOBILE_BREAKS + 1);
            assertEquals(WatchScenario.day(WatchScenario.MOBILE_BREAKS),
                    WatchWiring.watch(workspace, List.of(new DigestMarkdown())).evaluate(Progress.NONE).asOf());
            List<ProactiveFigure> refreshed = WatchWiring.watch(workspace, List.of()).digest(null).proactive();
            assertTrue(!refreshed.isEmpty(), "one figure per launched feature");

            // A digest on a service graph of its own reads what was kept: shown by keeping a figure no detection gives.
            String kept = workspace.settings().get(KeptProactiveFigures.KEY).orElseThrow();
            assertTrue(kept.contains("\"share\":"), kept);
            ProactiveFigure first = refreshed.get(0);
            String planted = kept.replaceFirst("\"share\":[^,]+,", "\"share\":0.123,");
            workspace.settings().put(KeptProactiveFigures.KEY, planted);
            assertEquals(0.123, WatchWiring.watch(workspace, List.of()).digest(null).proactive().get(0).share());

            // Another threshold: the kept figures are stale, and the digest computes (and keeps) them again.
            StruggleAnalysis struggles = TestServices.of(workspace).struggles();
            struggles.saveSettings(struggles.settings().withAbandonedAttempts(struggles.settings().abandonedAttempts() + 1));
            List<ProactiveFigure> recomputed = WatchWiring.watch(workspace, List.of()).digest(null).proactive();
            assertNotEquals(0.123, recomputed.get(0).share());
            assertEquals(first.ticketFilers(), recomputed.get(0).ticketFilers());
            assertNotEquals(planted, workspace.settings().get(KeptProactiveFigures.KEY).orElseThrow());

            // New data: stale too.
            workspace.settings().put(KeptProactiveFigures.KEY, workspace.settings().get(KeptProactiveFigures.KEY).orElseThrow()
                    .replaceFirst("\"share\":[^,]+,", "\"share\":0.123,"));
            WatchFixtures.importScenario(workspace, temp.resolve("days"), WatchScenario.MOBILE_BREAKS + 1, WatchScenario.MOBILE_BREAKS + 2);
            Digest later = WatchWiring.watch(workspace, List.of()).digest(null);
            assertEquals(WatchScenario.day(WatchScenario.MOBILE_BREAKS + 1), later.asOf());
            assertNotEquals(0.123, later.proactive().get(0).share());
        }
    }
}
