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

    /**
     * Imports the first {@code days} days of the watch scenario (240 people, a "board" feature whose iOS
     * handle breaks on day 18) straight through the importer, as the import wizard would: no rule runs.
     */
    public static void importScenario(Workspace workspace, java.nio.file.Path folder, int from, int days) throws java.io.IOException {
        org.uptake.ingest.Importer importer = org.uptake.TestServices.of(workspace).importer();
        for (int i = from; i < days; i++) {
            java.nio.file.Path day = WatchScenario.writeDay(folder, i);
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(day)) {
                for (java.nio.file.Path file : files.sorted((a, b) -> order(a) - order(b)).toList()) {
                    importer.importFile(importer.plan(file), org.uptake.model.Progress.NONE);
                }
            }
        }
    }

    /** Definitions, then people, then events. */
    private static int order(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("features") ? 0 : name.startsWith("people") ? 1 : 2;
    }

    /** The day the scenario's mobile struggle cluster first fires. */
    public static final int MOBILE_BREAKS = WatchScenario.MOBILE_BREAKS;

    /** The rules found these features' conditions on the data day (and nothing else): one open alert each. */
    public static void raise(Watch watch, java.time.LocalDate day, String... features) {
        watch.alerts().update(java.util.Arrays.stream(features).map(f -> AlertBookTest.finding(f, 0.3)).toList(), day);
    }
}
