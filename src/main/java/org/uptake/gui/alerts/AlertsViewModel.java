package org.uptake.gui.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.Progress;
import org.uptake.watch.Alert;
import org.uptake.watch.InboxFile;
import org.uptake.watch.Watch;
import org.uptake.watch.WatchRun;

/**
 * The Alerts panel's state: the alerts (live ones, or all with their history), how many are open
 * (the badge), and a status line. Checks the inbox on request or on the app's timer, tells the person
 * about new alerts through the {@link Notifier}, and snoozes or dismisses in data days.
 */
public final class AlertsViewModel {

    /** How long "Snooze" hides an alert, in data days. */
    public static final int SNOOZE_DAYS = 7;

    private final Watch watch;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final BiConsumer<String, String> openScreen;
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private boolean checking;

    /** {@code openScreen} takes the screen's title and the feature key an alert links to. */
    public AlertsViewModel(Watch watch, TaskExecutor executor, Notifier notifier, BiConsumer<String, String> openScreen) {
        this.watch = watch;
        this.executor = executor;
        this.notifier = notifier;
        this.openScreen = openScreen;
        showAll.addListener((obs, old, all) -> reload());
    }

    /** Reads the alerts again (no rule runs). */
    public void reload() {
        boolean all = showAll.get();
        executor.submit(BackgroundJob.of("Reading alerts", progress -> new Shown(all ? watch.alerts().all() : watch.alerts().live(),
                watch.dataDay())).onSuccess(this::show).onFailure(failure -> notifier.problem("Could not read the alerts", failure)));
    }

    /**
     * On opening the workspace: runs the rules once in the background when its data was never
     * evaluated (or grew since), then shows the alerts; a workspace already evaluated is only read.
     */
    public void catchUp() {
        run("Looking for alerts in the data…", "Looking for alerts", "Could not look for alerts", progress -> watch.catchUp(progress));
    }

    /** Takes ready inbox files and runs the rules even when nothing new came in. */
    public void checkNow() {
        refresh(true);
    }

    /** The timer's look: rules run only when the inbox brought something. */
    public void poll() {
        refresh(false);
    }

    private void refresh(boolean always) {
        run("Checking the inbox…", "Keeping watch", "Could not check the inbox", progress -> watch.refresh(always, progress));
    }

    /** One look at a time: says so in the status line, then tells what it found and reads the alerts again. */
    private void run(String doing, String title, String failed, BackgroundJob.Work<WatchRun> look) {
        if (checking) {
            return;
        }
        checking = true;
        status.set(doing);
        executor.submit(BackgroundJob.of(title, look)
                .onSuccess(run -> {
                    checking = false;
                    announce(run);
                    reload();
                })
                .onFailure(failure -> {
                    checking = false;
                    notifier.problem(failed, failure);
                    reload();
                })
                .onCancelled(() -> checking = false));
    }

    private void announce(WatchRun run) {
        long failed = run.files().stream().filter(f -> !f.imported()).count();
        if (failed > 0) {
            notifier.notice("Uptake: inbox", failed + " file(s) could not be imported and moved to failed/: "
                    + run.files().stream().filter(f -> !f.imported()).map(InboxFile::note).findFirst().orElse(""));
        }
        if (!run.raised().isEmpty()) {
            notifier.notice("Uptake: " + run.raised().size() + " new alert(s)",
                    String.join("\n", run.raised().stream().map(Alert::headline).limit(3).toList()));
        }
    }

    public void snooze(Alert alert) {
        change("Snoozing the alert", alert, day -> watch.alerts().snooze(alert.id(), SNOOZE_DAYS, day, "snoozed in the Alerts panel"));
    }

    public void dismiss(Alert alert) {
        change("Dismissing the alert", alert, day -> watch.alerts().dismiss(alert.id(), day, "dismissed in the Alerts panel"));
    }

    /** Shows the screen that explains the alert, on its feature. */
    public void open(Alert alert) {
        openScreen.accept(alert.screen(), alert.feature());
    }

    private void change(String title, Alert alert, java.util.function.Consumer<LocalDate> action) {
        executor.submit(BackgroundJob.of(title, (Progress progress) -> {
            LocalDate day = watch.dataDay();
            action.accept(day == null ? alert.lastSeen() : day);
            return Boolean.TRUE;
        }).onSuccess(done -> reload()).onFailure(failure -> notifier.problem("Could not change the alert", failure)));
    }

    private void show(Shown shown) {
        alerts.setAll(shown.alerts());
        int open = (int) shown.alerts().stream().filter(Alert::isOpen).count();
        if (showAll.get()) {
            open = (int) shown.alerts().stream().filter(a -> a.isOpen() && a.cleared() == null).count();
        }
        openCount.set(open);
        status.set(shown.day() == null ? "No events yet: alerts start once data arrives."
                : "Data to " + shown.day() + " · " + open + " open · " + shown.alerts().size() + " shown");
    }

    public ObservableList<Alert> alerts() {
        return alerts;
    }

    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Also the snoozed, dismissed and cleared alerts. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** What one read found. */
    private record Shown(List<Alert> alerts, LocalDate day) {
    }
}
