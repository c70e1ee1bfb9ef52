package org.uptake.gui.shell;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.gui.account.AccountsView;
import org.uptake.gui.common.FxTaskExecutor;
import org.uptake.gui.imports.ImportView;

/**
 * The measuring probe of {@code uptake bench desktop} (issue 20), off unless the bench starts the app with it:
 * it notes when the first window shows, then drives the window as a person would (the workspace opening, a
 * file dropped and taken through the import wizard, then Overview, Adoption, Struggles, Impact and Accounts
 * for the picked feature, and the top account's page), waits in each phase until every background job has landed, and counts the FX
 * pulses held back meanwhile. The report goes to {@code finished}, then the window closes.
 */
public final class DesktopProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopProbe.class);
    /** Nothing left running for this long: the phase's work has landed (a screen may start a job a pulse after it shows). */
    private static final long QUIET_NANOS = 300_000_000L;
    /** Nothing running and the phase still not done for this long: it is stuck (a dialog, a wizard blocker). */
    private static final long STUCK_NANOS = 15_000_000_000L;

    private final Path importFile;
    private final long phaseLimitNanos;
    private final Consumer<ProbeReport> finished;
    private final List<Step> steps = new ArrayList<>();
    private final List<ProbeReport.Phase> phases = new ArrayList<>();
    private final PulseGaps pulses = new PulseGaps(this::onPulse);
    private Stage stage;
    private MainWindowViewModel window;
    private FxTaskExecutor executor;
    private long shownEpochMs;
    private long jvmStartToShownMs;
    private int current = -1;
    private long phaseStart;
    private long quietSince;
    private int importClicks;

    /** One phase: what starts it, and whether its work has all been asked for (called on each quiet pulse; it may act). */
    private record Step(String name, Runnable begin, BooleanSupplier settled, Supplier<String> stuckReason) {
    }

    /**
     * @param importFile the file the import phase drops on the window, or null for no import phase
     * @param phaseLimitSeconds how long one phase may take before the run stops with a problem
     */
    public DesktopProbe(Path importFile, long phaseLimitSeconds, Consumer<ProbeReport> finished) {
        this.importFile = importFile;
        this.phaseLimitNanos = phaseLimitSeconds * 1_000_000_000L;
        this.finished = finished;
    }

    /** Starts watching {@code stage}'s window before it is shown; the phases start once it shows. */
    public void watch(Stage stage, MainWindowViewModel window, FxTaskExecutor executor) {
        this.stage = stage;
        this.window = window;
        this.executor = executor;
        steps.add(new Step("open workspace", () -> { }, this::workspaceReady, () -> "the workspace did not open"));
        if (importFile != null) {
            steps.add(new Step("import " + importFile.getFileName(), () -> window.importFiles(List.of(importFile.toAbsolutePath())),
                    this::importWizardDone, () -> "the import wizard stopped" + blocker()));
        }
        for (Screen screen : List.of(Screen.OVERVIEW, Screen.ADOPTION, Screen.STRUGGLES, Screen.IMPACT, Screen.ACCOUNTS)) {
            steps.add(new Step(screen.title(), () -> {
                window.showingStartProperty().set(false);
                window.screenProperty().set(screen);
            }, () -> true, () -> screen.title() + " did not finish"));
        }
        // A CSM's next step: the top account's page, picked in the book (its people, activity and uses read then).
        steps.add(new Step("account page", this::openTopAccount, this::accountPageShown, () -> "the account page did not show"));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                shownEpochMs = System.currentTimeMillis();
                jvmStartToShownMs = shownEpochMs - ManagementFactory.getRuntimeMXBean().getStartTime();
                // The phase of opening starts with the window: the app asks for the workspace right after showing it.
                begin(0, System.nanoTime());
                pulses.start();
            }
        });
    }

    private void onPulse(long now) {
        if (current < 0 || current >= steps.size()) {
            return;
        }
        Step step = steps.get(current);
        if (now - phaseStart > phaseLimitNanos) {
            end(false, now, step.name() + " took longer than " + phaseLimitNanos / 1_000_000_000L + " s");
            return;
        }
        if (executor.runningJobs() > 0) {
            quietSince = 0;
            return;
        }
        if (quietSince == 0) {
            quietSince = now;
        }
        boolean settled = step.settled().getAsBoolean();
        if (quietSince == 0) {
            // The step pressed something: wait for what that started.
            return;
        }
        if (!settled) {
            if (now - quietSince > STUCK_NANOS) {
                end(false, now, step.stuckReason().get());
            }
            return;
        }
        if (now - quietSince >= QUIET_NANOS) {
            end(true, quietSince, null);
        }
    }

    private void begin(int index, long now) {
        current = index;
        phaseStart = now;
        quietSince = 0;
        pulses.take();
        LOG.info("Desktop probe: {}", steps.get(index).name());
        steps.get(index).begin().run();
    }

    /** Ends the phase at {@code doneAt}; the next one starts, or the run ends (at once when the phase failed). */
    private void end(boolean done, long doneAt, String problem) {
        Step step = steps.get(current);
        PulseGaps.Reading reading = pulses.take();
        phases.add(new ProbeReport.Phase(step.name(), done, (doneAt - phaseStart) / 1e6, reading.longestGapMs(), reading.gapsOver100Ms(),
                reading.stalls()));
        if (done && current + 1 < steps.size()) {
            begin(current + 1, System.nanoTime());
            return;
        }
        current = steps.size();
        pulses.stop();
        ProbeReport report = new ProbeReport(shownEpochMs, jvmStartToShownMs, List.copyOf(phases), problem);
        try {
            finished.accept(report);
        } finally {
            stage.hide();
        }
    }

    private void openTopAccount() {
        if (stage.getScene().lookup("#" + AccountsView.BOOK_ID) instanceof TableView<?> book && !book.getItems().isEmpty()) {
            book.getSelectionModel().select(0);
        }
    }

    /** The page's header names the account (or the book is empty: there is no page to open). */
    private boolean accountPageShown() {
        if (!(stage.getScene().lookup("#" + AccountsView.BOOK_ID) instanceof TableView<?> book) || book.getItems().isEmpty()) {
            return true;
        }
        return stage.getScene().lookup("#" + AccountsView.HEADER_ID) instanceof Label header && !AccountsView.NO_PAGE.equals(header.getText());
    }

    private boolean workspaceReady() {
        return window.workspaceProperty().get() != null && (window.features().isEmpty() || window.selectedFeatureProperty().get() != null);
    }

    /** Presses the wizard's Next as a person would once it is enabled: columns, check, import; done after the third press. */
    private boolean importWizardDone() {
        if (importClicks == 3) {
            return true;
        }
        Node next = stage.getScene().lookup("#" + ImportView.NEXT_ID);
        if (next instanceof Button button && !button.isDisabled()) {
            importClicks++;
            quietSince = 0;
            button.fire();
        }
        return false;
    }

    /** Where the import wizard stands and its own words on why it cannot go on, when it shows any. */
    private String blocker() {
        if (stage.getScene() == null || !(stage.getScene().lookup("#" + ImportView.NEXT_ID) instanceof Button next)) {
            return "";
        }
        Node label = stage.getScene().lookup("#" + ImportView.BLOCKER_ID);
        String why = label instanceof Label l && l.getText() != null && !l.getText().isBlank() ? ": " + l.getText() : "";
        return " at «" + next.getText() + "» after " + importClicks + " presses of Next" + why;
    }
}
