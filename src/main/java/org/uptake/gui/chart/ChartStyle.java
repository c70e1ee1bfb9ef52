package org.uptake.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.uptake.gui.common.Theme;

/** The look shared by Uptake's charts: white plot, light grid, the accent colour for the main series. */
public final class ChartStyle {

    public static final Color ACCENT = new Color(0x2f, 0x6f, 0xdb);
    public static final Color TARGET = new Color(0xd9, 0x7a, 0x1f);
    public static final Color GRID = new Color(0xdd, 0xe2, 0xe8);
    public static final Color[] SERIES = {ACCENT, new Color(0x1f, 0x9d, 0x8a), TARGET, new Color(0x8a, 0x5c, 0xd6),
        new Color(0xc2, 0x3b, 0x5a), new Color(0x5f, 0x6b, 0x7a)};
    public static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);
    public static final Font LABEL = new Font("SansSerif", Font.PLAIN, 11);
    public static final BasicStroke LINE = new BasicStroke(2.2f);
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private ChartStyle() {
    }

    static void apply(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }

    /**
     * Dresses a chart in the theme's background, text and grid colours, leaving the series' colours
     * alone. (JFreeChart's StandardChartTheme would also clear the series paints and restyle the
     * bars, so only the surrounding paints are set here.)
     */
    public static void wear(JFreeChart chart, Theme theme) {
        Theme.ChartColours colours = theme.chart();
        chart.setBackgroundPaint(colours.background());
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(colours.text());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setBackgroundPaint(colours.background());
                legend.setItemPaint(colours.text());
            } else if (chart.getSubtitle(i) instanceof TextTitle text) {
                text.setPaint(colours.mutedText());
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(colours.background());
        java.util.List<Axis> axes = new java.util.ArrayList<>();
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(colours.grid());
            xy.setRangeGridlinePaint(colours.grid());
            xy.getDomainAxes().values().forEach(axes::add);
            xy.getRangeAxes().values().forEach(axes::add);
        } else if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinePaint(colours.grid());
            category.setRangeGridlinePaint(colours.grid());
            category.getDomainAxes().values().forEach(axes::add);
            category.getRangeAxes().values().forEach(axes::add);
            if (category.getRenderer() != null) {
                category.getRenderer().setDefaultItemLabelPaint(colours.text());
            }
        }
        axes.forEach(axis -> axis(axis, colours));
    }

    private static void axis(Axis axis, Theme.ChartColours colours) {
        if (axis != null) {
            axis.setLabelPaint(colours.text());
            axis.setTickLabelPaint(colours.mutedText());
            axis.setAxisLinePaint(colours.grid());
            axis.setTickMarkPaint(colours.grid());
        }
    }
}
