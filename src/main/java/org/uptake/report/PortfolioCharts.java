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
        LocalDate asOf = rows.isEmpty() ? null : rows.get(0).asOf();
        for (PortfolioRow r : rows) {
            for (LocalDate w : weeks) {
                int i = r.weeks().indexOf(w);
                // A week a feature has no figure for stays a gap, not a 0.
                data.addValue(i < 0 ? null : r.weeklyUsers().get(i), r.name(), weekLabel(w, asOf));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart("People using each feature per week", "Week starting (the last may be partial)",
                "People using it that week", data, PlotOrientation.VERTICAL, true, false, false);
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
        if (!weeks.isEmpty() && !weekLabel(weeks.last(), asOf).equals(weekLabel(weeks.last(), null))) {
            // The data ends inside its last week: that week's fall is the calendar, not the feature.
            org.jfree.chart.plot.CategoryMarker partial = new org.jfree.chart.plot.CategoryMarker(weekLabel(weeks.last(), asOf),
                    new java.awt.Color(0xf4, 0xe3, 0xb5), new java.awt.BasicStroke(14f));
            partial.setDrawAsLine(true);
            partial.setLabel("partial week");
            partial.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
            partial.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP);
            partial.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            chart.getCategoryPlot().addDomainMarker(partial, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        return chart;
    }

    /** "03-09", or "03-16 (partial: 1 of 7 days)" for the week the data ends in before its Sunday. */
    static String weekLabel(LocalDate week, LocalDate asOf) {
        String label = week.toString().substring(5);
        if (asOf == null || !week.plusDays(6).isAfter(asOf) || asOf.isBefore(week)) {
            return label;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(week, asOf) + 1;
        return label + " (partial: " + days + " of 7 days)";
    }

}
