package org.uptake.gui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.watch.Alert;
import org.uptake.watch.AlertStatus;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchFixtures;
import org.uptake.workspace.Workspace;

/** The Alerts panel's view model on the task seam (synchronous here), without a stage. */
class AlertsViewModelTest {

    static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    @TempDir
    Path temp;

    @Test
    void theBadgeCountsOpenAlertsAndSnoozeAndDismissTakeThemOff() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Watch watch = WatchFixtures.watch(workspace);
            WatchFixtures.raise(watch, DAY, "a", "b");
            List<String> opened = new ArrayList<>();
            List<Throwable> problems = new ArrayList<>();
            AlertsViewModel vm = new AlertsViewModel(watch, new SynchronousTaskExecutor(), RecordingNotifier.onProblem((t, e) -> problems.add(e)),
                    (screen, feature) -> opened.add(screen + ":" + feature));
            vm.reload();
            assertEquals(2, vm.openCountProperty().get());
            assertEquals("No events yet: alerts start once data arrives.", vm.statusProperty().get());

            vm.snooze(vm.alerts().get(0));
            assertEquals(1, vm.openCountProperty().get());
            assertEquals(List.of(AlertStatus.SNOOZED, AlertStatus.OPEN), vm.alerts().stream().map(Alert::status).toList());
            assertEquals(DAY.plusDays(AlertsViewModel.SNOOZE_DAYS), vm.alerts().get(0).snoozedUntil(), "snoozed in data days");

            vm.dismiss(vm.alerts().get(1));
            assertEquals(0, vm.openCountProperty().get());
            vm.open(vm.alerts().get(1));
            assertEquals(List.of("Struggles:b"), opened);
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void openingDataNeverEvaluatedShowsItsAlertsWithoutAClick() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Watch watch = WatchFixtures.watch(workspace);
            WatchFixtures.importScenario(workspace, temp.resolve("days"), 0, WatchFixtures.MOBILE_BREAKS + 1);
            List<Throwable> problems = new ArrayList<>();
            AlertsViewModel vm = new AlertsViewModel(watch, new SynchronousTaskExecutor(), RecordingNotifier.onProblem((t, e) -> problems.add(e)),
                    (s, f) -> { });
            vm.reload();
            assertEquals(0, vm.openCountProperty().get(), "imported, never evaluated: the panel was empty");
            vm.catchUp();
            assertEquals(List.of("struggle-cluster:board"), vm.alerts().stream().map(a -> a.rule() + ":" + a.feature()).toList());
            assertEquals(1, vm.openCountProperty().get(), "the badge");
            assertEquals("Data to 2026-05-22 · 1 open · 1 shown", vm.statusProperty().get());
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void showAllAddsTheClearedAlerts() {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Watch watch = WatchFixtures.watch(workspace);
            WatchFixtures.raise(watch, DAY, "a");
            watch.alerts().update(List.of(), DAY.plusDays(1));
            AlertsViewModel vm = new AlertsViewModel(watch, new SynchronousTaskExecutor(), RecordingNotifier.onProblem((t, e) -> { }), (s, f) -> { });
            vm.reload();
            assertEquals(List.of(), vm.alerts());
            vm.showAllProperty().set(true);
            assertEquals(List.of(AlertStatus.CLEARED), vm.alerts().stream().map(Alert::status).toList());
            assertEquals(0, vm.openCountProperty().get());
        }
    }
}
