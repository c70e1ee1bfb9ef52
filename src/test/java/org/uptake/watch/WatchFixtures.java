package org.uptake.watch;

import java.util.List;
import org.uptake.workspace.Workspace;

/** A watch wired for tests outside this package (the Alerts panel's tests). */
public final class WatchFixtures {

    private WatchFixtures() {
    }

    public static Watch watch(Workspace workspace) {
        return WatchWiring.watch(workspace, List.of(new DigestMarkdown()));
    }

    /** The rules found these features' conditions on the data day (and nothing else): one open alert each. */
    public static void raise(Watch watch, java.time.LocalDate day, String... features) {
        watch.alerts().update(java.util.Arrays.stream(features).map(f -> AlertBookTest.finding(f, 0.3)).toList(), day);
    }
}
