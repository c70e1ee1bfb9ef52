package org.uptake.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Failures never stack dialogs, and a closed workspace's jobs never reach the screen. */
@ExtendWith(ApplicationExtension.class)
class OneProblemDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void threeFailuresOpenOneDialogThatCountsTheOthers(FxRobot robot) {
        robot.interact(() -> {
            ErrorDialog.warn(stage, "Could not analyse the struggles", "Connection pool has been disposed");
            ErrorDialog.show(stage, "Could not read the adoption", new IllegalStateException("Connection pool has been disposed"));
            ErrorDialog.warn(stage, "Could not load the features", "Connection pool has been disposed");
        });
        List<Window> dialogs = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == stage).toList();
        assertEquals(1, dialogs.size());
        DialogPane pane = (DialogPane) dialogs.get(0).getScene().getRoot();
        assertEquals("Connection pool has been disposed\n\n(And 2 more problems since; the latest: Could not load the features."
                + " The log has them all.)", pane.getContentText());
        robot.interact(() -> ((Stage) dialogs.get(0)).close());
    }

    @Test
    void aJobOfAClosedWorkspaceEndsUnseen() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        AtomicInteger seen = new AtomicInteger();
        executor.setDefaultFailureHandler(failure -> seen.incrementAndGet());
        CountDownLatch closed = new CountDownLatch(1);
        executor.submit(BackgroundJob.of("Analysing struggles", progress -> {
            closed.await(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Connection pool has been disposed");
        }).onFailure(failure -> seen.incrementAndGet()));
        executor.submit(BackgroundJob.of("Reading adoption", progress -> {
            closed.await(10, TimeUnit.SECONDS);
            return 42;
        }).onSuccess(value -> seen.incrementAndGet()));
        executor.dropRunningJobs();
        closed.countDown();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, seen.get());

        CountDownLatch later = new CountDownLatch(1);
        executor.submit(BackgroundJob.of("Reading adoption", progress -> 7).onSuccess(value -> {
            seen.addAndGet(value);
            later.countDown();
        }));
        assertTrue(later.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, seen.get());
        executor.close();
    }
}
