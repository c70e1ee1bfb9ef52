package org.uptake.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

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
}
