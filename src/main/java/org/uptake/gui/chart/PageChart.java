package org.uptake.gui.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart on a scrolling page: the mouse wheel scrolls the page and a drag selects nothing, so no
 * reader zooms or pans an axis by accident with no way back; tooltips and clicks still work.
 */
public final class PageChart {

    /** The canvas's handlers that move the axes: wheel zoom, drag pan, and the viewer's drag zoom. */
    private static final String[] AXIS_MOVERS = {"scroll", "pan", "zoom"};

    private PageChart() {
    }

    public static ChartViewer of(JFreeChart chart) {
        return still(new ChartViewer(chart));
    }

    /** Takes the axis-moving handlers off a viewer; returns it. */
    public static ChartViewer still(ChartViewer viewer) {
        for (String id : AXIS_MOVERS) {
            var handler = viewer.getCanvas().getMouseHandler(id);
            if (handler != null) {
                // The wheel's handler is an auxiliary one: taking it off the main list alone left the wheel zooming.
                viewer.getCanvas().removeMouseHandler(handler);
                viewer.getCanvas().removeAuxiliaryMouseHandler(handler);
            }
        }
        return viewer;
    }
}
