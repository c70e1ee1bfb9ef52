package org.uptake.gui.impact;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.uptake.gui.common.BackgroundJob;
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
import org.uptake.workspace.ExportFile;

/**
 * The Impact and Portfolio screens' state: the header feature's impact report, its validation (on
 * request) and the ranked portfolio, each computed in the background (latest request wins), and
 * their exports.
 */
public final class ImpactViewModel {

    private final ImpactAnalysis impact;
    private final ImpactValidation validation;
    private final Portfolio portfolio;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final LatestJob reportJob;
    private final LatestJob portfolioJob;
    private final LatestJob validationJob;
    private final ReadOnlyObjectWrapper<ImpactReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ValidationReport> validated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PortfolioRow>> rows = new ReadOnlyObjectWrapper<>();

    public ImpactViewModel(ImpactAnalysis impact, ImpactValidation validation, Portfolio portfolio, TaskExecutor executor,
            Notifier notifier, ObservableValue<FeatureRef> feature) {
        this.impact = impact;
        this.validation = validation;
        this.portfolio = portfolio;
        this.executor = executor;
        this.notifier = notifier;
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
            report.set(null);
            return;
        }
        reportJob.submit("Measuring the impact of " + f.name(), p -> impact.report(f.key(), true, p), report::set, () -> { },
                e -> notifier.problem("Could not measure the impact of " + f.name(), e));
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

    /** Writes the shown report as PDF, CSV or JSON (by the file's extension) in the background. */
    public void exportReport(ExportFile file, Consumer<Path> done) {
        ImpactReport r = report.get();
        if (r == null) {
            return;
        }
        ValidationReport v = validated.get();
        executor.submit(BackgroundJob.of("Writing " + file.path().getFileName(), p -> {
            String name = file.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".csv")) {
                ImpactCsv.write(r, file);
            } else if (name.endsWith(".json")) {
                file.writeString(ImpactAnalysis.json(r).toPrettyString());
            } else {
                ImpactPdf.write(r, v, file);
            }
            return file.path();
        }).onSuccess(done::accept).onFailure(e -> notifier.problem("Could not write " + file.path().getFileName(), e)));
    }

    public void exportPortfolio(ExportFile file, Consumer<Path> done) {
        List<PortfolioRow> r = rows.get();
        if (r == null) {
            return;
        }
        executor.submit(BackgroundJob.of("Writing " + file.path().getFileName(), p -> {
            if (file.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                PortfolioExport.csv(r, file);
            } else {
                PortfolioExport.pdf(r, file);
            }
            return file.path();
        }).onSuccess(done::accept).onFailure(e -> notifier.problem("Could not write " + file.path().getFileName(), e)));
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
