package org.uptake.report;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.uptake.impact.PortfolioRow;

/** The portfolio's chart, shared by the Portfolio screen and its PDF. */
public final class PortfolioCharts {

    private PortfolioCharts() {
    }

    public static JFreeChart weeklyUsers(List<PortfolioRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.TreeSet<LocalDate> weeks = new java.util.TreeSet<>();
        rows.forEach(r -> weeks.addAll(r.weeks()));
        for (PortfolioRow r : rows) {
            for (LocalDate w : weeks) {
                int i = r.weeks().indexOf(w);
                data.addValue(i < 0 ? null : r.weeklyUsers().get(i), r.name(), w.toString().substring(5));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart("People using each feature per week", "week starting", "people", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(java.awt.Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new java.awt.Color(0xdd, 0xe2, 0xe8));
        chart.getCategoryPlot().setOutlineVisible(false);
        org.jfree.chart.renderer.category.LineAndShapeRenderer r = (org.jfree.chart.renderer.category.LineAndShapeRenderer)
                chart.getCategoryPlot().getRenderer();
        for (int i = 0; i < ReportCharts.SERIES.length; i++) {
            r.setSeriesPaint(i, ReportCharts.SERIES[i]);
            r.setSeriesStroke(i, new java.awt.BasicStroke(2.2f));
        }
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        return chart;
    }

}
