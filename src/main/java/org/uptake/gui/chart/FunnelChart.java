package org.uptake.gui.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.uptake.adoption.FunnelReport;

/**
 * The funnel as grouped bars: one group per step (named as a reader says it), one bar per breakdown value,
 * each labelled with its people; the conversion from the step before is in the bar's tooltip.
 */
public final class FunnelChart {

    private FunnelChart() {
    }

    public static JFreeChart create(FunnelReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FunnelReport.Group group : report.groups()) {
            for (FunnelReport.Step step : group.steps()) {
                data.addValue(step.people(), group.value(), StepNames.readable(step.name()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(String.format("Funnel (%d-day window)", report.windowDays()), "Step", "People reaching the step",
                data, PlotOrientation.VERTICAL, report.groups().size() > 1, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ChartStyle.apply(chart, plot);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(ChartStyle.LABEL);
        domain.setMaximumCategoryLabelWidthRatio(1.4f);
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getRangeAxis().setLowerBound(0);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < report.groups().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.SERIES[i % ChartStyle.SERIES.length]);
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return org.uptake.model.Figures.count(report.groups().get(row).steps().get(column).people());
            }
        });
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> tooltip(report, row, column));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.LABEL);
        return chart;
    }

    /** "Widget moved · mobile: 320 people, 64% of the step before". */
    static String tooltip(FunnelReport report, int row, int column) {
        FunnelReport.Group group = report.groups().get(row);
        FunnelReport.Step step = group.steps().get(column);
        String who = report.groups().size() > 1 ? " · " + group.value() : "";
        String people = org.uptake.model.Figures.count(step.people()) + (step.people() == 1 ? " person" : " people");
        return StepNames.readable(step.name()) + who + ": " + people + (column == 0 ? " started"
                : ", " + org.uptake.model.Figures.percent(step.conversionFromPrevious(), 0) + " of the step before");
    }
}
