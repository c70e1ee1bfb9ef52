package org.uptake.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reads a tile's big number on the FX thread: a lookup from the test thread can race a screen rebuilding its tiles. */
final class TileValues {

    private TileValues() {
    }

    /** The tile's value, or null while it is not shown. */
    static String of(FxRobot robot, String tileId) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(tileId + " .tile-value").tryQueryAs(Label.class)
                    .map(Label::getText).orElse(null)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read tile " + tileId, e);
        }
    }
}
