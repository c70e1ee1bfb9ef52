package org.uptake.gui.chart;

import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one small chart on a background thread as the app starts. The first chart of a run makes Java2D read the
 * system's fonts (java.awt.Font's set-up, fontconfig), which held the FX thread for seconds when the first screen
 * with a chart opened (issue 20's pulse gap, measured by {@code uptake bench desktop}); done here, the screen finds it done.
 */
public final class ChartWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ChartWarmUp.class);
    static final String THREAD_NAME = "uptake-chart-warm-up";

    private ChartWarmUp() {
    }

    /** Starts the warm-up on a daemon thread of low priority, so it never delays the window or keeps the app alive. */
    public static Thread start() {
        return org.uptake.gui.common.WarmUpThread.start(THREAD_NAME, ChartWarmUp::warm);
    }

    /** True when the chart was drawn; a failure only costs the screen its head start, so it is logged and dropped. */
    static boolean warm() {
        try {
            JFreeChart chart = ChartFactory.createXYLineChart("Warm-up", "day", "people", new XYSeriesCollection());
            BufferedImage image = chart.createBufferedImage(64, 48);
            // Loads the JavaFX viewer's classes without running their set-up, which belongs to the FX thread.
            Class.forName("org.jfree.chart.fx.ChartViewer", false, ChartWarmUp.class.getClassLoader());
            return image.getWidth() == 64;
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("The charts' warm-up failed; the first chart will set Java2D up itself", e);
            return false;
        }
    }
}
