package org.uptake.gui.impact;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.uptake.extract.ClusterFigures;
import org.uptake.extract.ExactMetric;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.impact.ImpactAnalysis;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.ImpactValidation;
import org.uptake.impact.ValidationReport;
import org.uptake.impact.Portfolio;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.FeatureRef;
import org.uptake.report.ImpactCsv;
import org.uptake.report.ImpactPdf;
import org.uptake.report.PortfolioExport;

/**
 * The Impact and Portfolio screens' state: the header feature's impact report, its validation (on
 * request) and the ranked portfolio, each computed in the background (latest request wins), and
 * their exports (asked where, written off the FX thread).
 */
public final class ImpactViewModel {

    private final ImpactAnalysis impact;
    private final ImpactValidation validation;
    private final Portfolio portfolio;
    private final Notifier notifier;
    private final Exports exports;
    private final ObservableValue<FeatureRef> feature;
    private final LatestJob reportJob;
    private final LatestJob portfolioJob;
    private final LatestJob validationJob;
    private final ReadOnlyObjectWrapper<ImpactReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ValidationReport> validated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PortfolioRow>> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper exactMetrics = new ReadOnlyStringWrapper("");
    private final ClusterFigures cluster;

    /** @param cluster the exact figures of the Spark extract the data came from, shown beside the sample's comparison */
    public ImpactViewModel(ImpactAnalysis impact, ImpactValidation validation, Portfolio portfolio, TaskExecutor executor,
            Notifier notifier, ObservableValue<FeatureRef> feature, ExportTarget exportTarget, ClusterFigures cluster) {
        this.impact = impact;
        this.cluster = cluster;
        this.validation = validation;
        this.portfolio = portfolio;
        this.notifier = notifier;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.feature = feature;
        this.reportJob = new LatestJob(executor);
        this.portfolioJob = new LatestJob(executor);
        this.validationJob = new LatestJob(executor);
    }

    /** Measures the feature's impact; the report counts as made (the portfolio's feedback-loop time). */
    public void refreshReport() {
        validationJob.cancel();
        validated.set(null);
        FeatureRef f = feature.getValue();
        if (f == null) {
            reportJob.cancel();
            exactMetrics.set("");
            report.set(null);
            return;
        }
        reportJob.submit("Measuring the impact of " + f.name(), p -> {
            ImpactReport measured = impact.report(f.key(), true, p);
            return new Measured(measured, ExactMetric.section(cluster.metrics(measured.feature())));
        }, m -> {
            exactMetrics.set(m.exact());
            report.set(m.report());
        }, () -> { }, e -> notifier.problem("Could not measure the impact of " + f.name(), e));
    }

    /** A report and its metrics' exact aggregates from the extract, read in one job. */
    private record Measured(ImpactReport report, String exact) {
    }

    /** From a Spark extract, the success metrics' aggregates counted exactly on the cluster; empty otherwise. */
    public ReadOnlyStringProperty exactMetricsProperty() {
        return exactMetrics.getReadOnlyProperty();
    }

    /**
     * Checks the shown report against itself (false-claim and recovery rates) in the background, with
     * progress and Cancel; the result stays until the report is measured again.
     */
    public void validate() {
        ImpactReport r = report.get();
        if (r == null) {
            return;
        }
        validationJob.submit("Validating the impact of " + r.feature().name(), p -> validation.validate(r, p), validated::set, () -> { },
                e -> notifier.problem("Could not validate the impact of " + r.feature().name(), e));
    }

    public void refreshPortfolio() {
        portfolioJob.submit("Ranking the portfolio", portfolio::rank, rows::set, () -> { },
                e -> notifier.problem("Could not rank the portfolio", e));
    }

    /** Asks where, then writes the shown report (with its validation, when run) as a PDF in the background. */
    public void exportReportPdf() {
        exportReport("impact-report.pdf", Exports.PDF);
    }

    /** Asks where, then writes the shown report's figures as CSV or JSON (by the file's extension) in the background. */
    public void exportFigures() {
        exportReport("impact-figures.csv", Exports.CSV, Exports.JSON);
    }

    private void exportReport(String initialName, javafx.stage.FileChooser.ExtensionFilter... types) {
        ImpactReport r = report.get();
        if (r == null) {
            return;
        }
        ValidationReport v = validated.get();
        exports.write("Export the impact report", initialName, file -> {
            String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                ImpactCsv.write(r, file);
            } else if (name.endsWith(".json")) {
                file.writeString(ImpactAnalysis.json(r).toPrettyString());
            } else {
                ImpactPdf.write(r, v, file);
            }
            return file.path();
        }, (written, path) -> "Written to " + path + ".", types);
    }

    /** Asks where, then writes the shown ranking as a PDF in the background. */
    public void exportPortfolioPdf() {
        exportPortfolio("portfolio.pdf", Exports.PDF);
    }

    /** Asks where, then writes the shown ranking as CSV in the background. */
    public void exportPortfolioCsv() {
        exportPortfolio("portfolio.csv", Exports.CSV);
    }

    private void exportPortfolio(String initialName, javafx.stage.FileChooser.ExtensionFilter type) {
        List<PortfolioRow> r = rows.get();
        if (r == null) {
            return;
        }
        exports.write("Export the portfolio", initialName, file -> {
            if (file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                PortfolioExport.csv(r, file);
            } else {
                PortfolioExport.pdf(r, file);
            }
            return file.path();
        }, (written, path) -> "Written to " + path + ".", type);
    }

    public ReadOnlyObjectProperty<ImpactReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The shown report's validation, null until Validate has run for it. */
    public ReadOnlyObjectProperty<ValidationReport> validationProperty() {
        return validated.getReadOnlyProperty();
    }

    public BooleanProperty validationBusyProperty() {
        return validationJob.busyProperty();
    }

    public ReadOnlyObjectProperty<List<PortfolioRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public BooleanProperty reportBusyProperty() {
        return reportJob.busyProperty();
    }

    public BooleanProperty portfolioBusyProperty() {
        return portfolioJob.busyProperty();
    }

    public ObservableValue<FeatureRef> feature() {
        return feature;
    }
}
