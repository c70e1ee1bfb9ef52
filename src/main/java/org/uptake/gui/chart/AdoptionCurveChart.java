package org.uptake.gui.chart;

import java.time.ZoneOffset;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.uptake.adoption.AdoptionCurve;

/** The cumulative adoption rate since launch against the target's linear pace. */
public final class AdoptionCurveChart {

    private AdoptionCurveChart() {
    }

    public static JFreeChart create(AdoptionCurve curve) {
        TimeSeries adoption = new TimeSeries("Adoption");
        TimeSeries pace = new TimeSeries(String.format(org.uptake.model.Figures.LOCALE, "Target pace (%.0f%% in %d days)", 100 * curve.target(),
                curve.targetWithinDays()));
        for (AdoptionCurve.Day d : curve.days()) {
            Day day = new Day(java.util.Date.from(d.date().atStartOfDay().toInstant(ZoneOffset.UTC)),
                    java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            // A day before anyone was active has no rate: a gap, not a 0% that reads as a collapse.
            adoption.add(day, d.activeSoFar() == 0 ? null : d.rate());
            pace.add(day, d.pace());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(adoption);
        data.addSeries(pace);
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Adoption since launch", "Day (UTC)",
                "Adopters, % of active people", data, true, true, false);
        XYPlot plot = chart.getXYPlot();
        ChartStyle.apply(chart, plot);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance());
        range.setLowerBound(0);
        range.setTickLabelFont(ChartStyle.LABEL);
        ((DateAxis) plot.getDomainAxis()).setTickLabelFont(ChartStyle.LABEL);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesPaint(1, ChartStyle.TARGET);
        renderer.setSeriesStroke(1, ChartStyle.DASHED);
        plot.setRenderer(renderer);
        return chart;
    }
}
