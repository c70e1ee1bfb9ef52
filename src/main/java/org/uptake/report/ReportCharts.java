package org.uptake.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.uptake.adoption.AdoptionCurve;
import org.uptake.adoption.FunnelReport;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.struggle.StruggleCluster;

/**
 * The report's charts as JFreeChart objects: drawn into the PDF as images and shown on the Impact
 * screen, so both say the same thing the same way.
 */
public final class ReportCharts {

    public static final Color ACCENT = new Color(0x2f, 0x6f, 0xdb);
    public static final Color TARGET = new Color(0xd9, 0x7a, 0x1f);
    static final Color[] SERIES = {ACCENT, new Color(0x1f, 0x9d, 0x8a), TARGET, new Color(0x8a, 0x5c, 0xd6),
        new Color(0xc2, 0x3b, 0x5a), new Color(0x5f, 0x6b, 0x7a)};
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 13);
    private static final Color GRID = new Color(0xdd, 0xe2, 0xe8);

    private ReportCharts() {
    }

    public static JFreeChart adoptionVsTarget(AdoptionCurve curve) {
        TimeSeries rate = new TimeSeries("Adoption");
        TimeSeries pace = new TimeSeries("Target pace");
        for (AdoptionCurve.Day d : curve.days()) {
            Day day = new Day(d.date().getDayOfMonth(), d.date().getMonthValue(), d.date().getYear());
            rate.addOrUpdate(day, 100 * d.rate());
            pace.addOrUpdate(day, 100 * d.pace());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(rate);
        data.addSeries(pace);
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Adoption against the target's pace", null, "% of active people", data,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, ACCENT);
        r.setSeriesStroke(0, new BasicStroke(2.4f));
        r.setSeriesPaint(1, TARGET);
        r.setSeriesStroke(1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    public static JFreeChart funnelBySegment(FunnelReport funnel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FunnelReport.Group g : funnel.groups()) {
            for (FunnelReport.Step s : g.steps()) {
                data.addValue(s.people(), g.value(), s.name());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Funnel by segment (people reaching each step)", null, "people", data,
                PlotOrientation.VERTICAL, true, false, false);
        barStyle(chart);
        return chart;
    }

    public static JFreeChart topClusters(List<StruggleCluster> clusters, int limit) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        clusters.stream().sorted((a, b) -> Integer.compare(b.struggling(), a.struggling())).limit(limit)
                .forEach(c -> data.addValue(c.struggling(), "struggling people", shorten(String.join(" · ",
                        c.attributes().stream().map(org.uptake.struggle.ClusterAttribute::phrase).toList()), 40)));
        JFreeChart chart = ChartFactory.createBarChart("Largest struggle clusters (who they are)", null, "struggling people", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        barStyle(chart);
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        axis.setMaximumCategoryLabelLines(1);
        axis.setMaximumCategoryLabelWidthRatio(0.4f);
        axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        return chart;
    }

    public static JFreeChart metricBeforeAfter(MetricImpact m) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (m.method().startsWith("difference")) {
            data.addValue(m.before(), "adopters", "before launch");
            data.addValue(m.after(), "adopters", "since launch");
            data.addValue(m.othersBefore(), "non-adopters", "before launch");
            data.addValue(m.othersAfter(), "non-adopters", "since launch");
        } else {
            data.addValue(m.before(), "per active person per week", "before launch");
            data.addValue(m.after(), "per active person per week", "since launch");
        }
        JFreeChart chart = ChartFactory.createBarChart(m.name() + ": before and after", null, null, data, PlotOrientation.VERTICAL,
                true, false, false);
        barStyle(chart);
        return chart;
    }

    public static JFreeChart ticketsOverTime(ImpactReport.WeeklyTickets t, java.time.LocalDate launch) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < t.weeks().size(); i++) {
            String week = t.weeks().get(i).toString().substring(5);
            data.addValue(t.tickets().get(i), t.weeks().get(i).isBefore(launch) ? "before launch" : "since launch", week);
        }
        JFreeChart chart = ChartFactory.createBarChart(t.metric() + " per week", "week starting", "tickets", data,
                PlotOrientation.VERTICAL, true, false, false);
        barStyle(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((BarRenderer) plot.getRenderer()).setItemMargin(-1.0);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    private static void barStyle(JFreeChart chart) {
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int i = 0; i < SERIES.length; i++) {
            r.setSeriesPaint(i, SERIES[i]);
        }
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(3);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        chart.getPlot().setOutlineVisible(false);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
