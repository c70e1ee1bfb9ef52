package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Opening a workspace runs the rules once on data they never saw, and not again until the data grows. */
class WatchCatchUpTest {

    @TempDir
    Path temp;

    @Test
    void dataNeverEvaluatedIsEvaluatedOnceAndAgainOnlyWhenItReachesANewDay() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Watch watch = WatchWiring.watch(workspace, List.of(new DigestMarkdown()));
            assertEquals(null, watch.catchUp(Progress.NONE).asOf(), "no events: nothing to evaluate");

            WatchFixtures.importScenario(workspace, temp.resolve("days"), 0, WatchScenario.MOBILE_BREAKS + 1);
            WatchRun first = watch.catchUp(Progress.NONE);
            assertEquals(WatchScenario.day(WatchScenario.MOBILE_BREAKS), first.asOf());
            assertEquals(List.of("struggle-cluster:board"), first.raised().stream().map(a -> a.rule() + ":" + a.feature()).toList());
            assertEquals(List.of(), first.digests(), "an opening writes no digest: the next refresh's covers these alerts");

            WatchRun again = watch.catchUp(Progress.NONE);
            assertEquals(java.util.Arrays.asList(null, List.of(), 1L), java.util.Arrays.asList(again.asOf(), again.raised(), again.open()),
                    "the same data day is not evaluated twice");

            WatchFixtures.importScenario(workspace, temp.resolve("days"), WatchScenario.MOBILE_BREAKS + 1, WatchScenario.MOBILE_BREAKS + 2);
            assertEquals(WatchScenario.day(WatchScenario.MOBILE_BREAKS + 1), watch.catchUp(Progress.NONE).asOf(), "a new data day is");
        }
    }

    @Test
    void aWorkspaceARefreshAlreadyEvaluatedIsNotEvaluatedAgain() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Watch watch = WatchWiring.watch(workspace, List.of(new DigestMarkdown()));
            WatchFixtures.importScenario(workspace, temp.resolve("days"), 0, 3);
            assertEquals(WatchScenario.day(2), watch.refresh(true, Progress.NONE).asOf());
            assertEquals(null, watch.catchUp(Progress.NONE).asOf());
            // A workspace watched before the rules' day was recorded: its last digest's day stands for it.
            workspace.settings().remove(Watch.LAST_EVALUATED);
            assertEquals(null, watch.catchUp(Progress.NONE).asOf());
        }
    }
}
