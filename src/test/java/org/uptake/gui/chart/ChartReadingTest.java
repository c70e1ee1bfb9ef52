package org.uptake.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.uptake.adoption.AdoptionCurve;
import org.uptake.adoption.FunnelReport;

/** What the charts say: units on the axes, people on every funnel bar, readable step names, gaps where there is no data. */
class ChartReadingTest {

    private static final FunnelReport FUNNEL = new FunnelReport("dash", FunnelReport.Breakdown.parse("platform"), 7, List.of(
            new FunnelReport.Group("mobile", List.of(new FunnelReport.Step("dashboard_edit_opened", 400, 1.0),
                    new FunnelReport.Step("widget_moved", 100, 0.25), new FunnelReport.Step("layoutSaved", 1, 0.01))),
            new FunnelReport.Group("web", List.of(new FunnelReport.Step("dashboard_edit_opened", 50, 1.0),
                    new FunnelReport.Step("widget_moved", 40, 0.8), new FunnelReport.Step("layoutSaved", 30, 0.75)))));

    @Test
    void funnelBarsCarryPeopleWithConversionInTheirTooltipUnderReadableStepNames() {
        JFreeChart chart = FunnelChart.create(FUNNEL);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(List.of("Dashboard edit opened", "Widget moved", "Layout saved"), plot.getDataset().getColumnKeys());
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertEquals(List.of("400", "100", "1", "50", "40", "30"), List.of(labels.generateLabel(plot.getDataset(), 0, 0),
                labels.generateLabel(plot.getDataset(), 0, 1), labels.generateLabel(plot.getDataset(), 0, 2),
                labels.generateLabel(plot.getDataset(), 1, 0), labels.generateLabel(plot.getDataset(), 1, 1),
                labels.generateLabel(plot.getDataset(), 1, 2)));
        var tips = plot.getRenderer().getDefaultToolTipGenerator();
        assertEquals(List.of("Dashboard edit opened · mobile: 400 people started",
                "Widget moved · mobile: 100 people, 25% of the step before", "Layout saved · mobile: 1 person, 1% of the step before"),
                List.of(tips.generateToolTip(plot.getDataset(), 0, 0), tips.generateToolTip(plot.getDataset(), 0, 1),
                        tips.generateToolTip(plot.getDataset(), 0, 2)));
        assertEquals(List.of("Step", "People reaching the step"), List.of(plot.getDomainAxis().getLabel(), plot.getRangeAxis().getLabel()));
    }

    @Test
    void theAdoptionCurveLeavesAGapWhereNobodyWasActiveYetAndNamesItsUnits() {
        AdoptionCurve curve = new AdoptionCurve(List.of(
                new AdoptionCurve.Day(LocalDate.of(2026, 3, 2), 0, 0, 0, 0, 0.01),
                new AdoptionCurve.Day(LocalDate.of(2026, 3, 3), 2, 2, 10, 0.2, 0.02)), 0, 0.25, 30, LocalDate.of(2026, 3, 2));
        JFreeChart chart = AdoptionCurveChart.create(curve);
        XYPlot plot = chart.getXYPlot();
        TimeSeriesCollection data = (TimeSeriesCollection) plot.getDataset();
        assertNull(data.getSeries(0).getValue(0));
        assertEquals(0.2, data.getSeries(0).getValue(1).doubleValue());
        assertEquals(List.of("Day (UTC)", "Adopters, % of active people"), List.of(plot.getDomainAxis().getLabel(),
                plot.getRangeAxis().getLabel()));
    }

    @Test
    void readableStepNames() {
        assertEquals(List.of("Widget moved", "Dashboard edit opened", "Pageview", "Screen"),
                List.of(StepNames.readable("widget_moved"), StepNames.readable("dashboardEditOpened"), StepNames.readable("$pageview"),
                        StepNames.readable("screen")));
    }
}
