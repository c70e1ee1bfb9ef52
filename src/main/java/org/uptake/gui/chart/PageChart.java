package org.uptake.gui.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.uptake.gui.common.Appearance;

/**
 * A chart on a scrolling page: the mouse wheel scrolls the page and a drag selects nothing, so no
 * reader zooms or pans an axis by accident with no way back; tooltips and clicks still work. It
 * wears the app's theme, and changes with it.
 */
public final class PageChart {

    /** The canvas's handlers that move the axes: wheel zoom, drag pan, and the viewer's drag zoom. */
    private static final String[] AXIS_MOVERS = {"scroll", "pan", "zoom"};

    private PageChart() {
    }

    public static ChartViewer of(JFreeChart chart) {
        ChartViewer viewer = empty();
        viewer.setChart(chart);
        return viewer;
    }

    /** A viewer whose chart comes later ({@code setChart}); each chart it is given wears the theme. */
    public static ChartViewer empty() {
        ChartViewer viewer = new ChartViewer() {
            @Override
            public void setChart(JFreeChart chart) {
                if (chart != null) {
                    ChartStyle.wear(chart, Appearance.themeProperty().get());
                }
                super.setChart(chart);
            }
        };
        // A weak listener: the theme lives as long as the app, a chart viewer only as long as its screen.
        javafx.beans.InvalidationListener onThemeChange = obs -> {
            if (viewer.getChart() != null) {
                ChartStyle.wear(viewer.getChart(), Appearance.themeProperty().get());
            }
        };
        viewer.getProperties().put(PageChart.class, onThemeChange);
        Appearance.themeProperty().addListener(new javafx.beans.WeakInvalidationListener(onThemeChange));
        return still(viewer);
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
