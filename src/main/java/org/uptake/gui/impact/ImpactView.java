package org.uptake.gui.impact;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.gui.common.Tiles;
import org.uptake.impact.ImpactReport;
import org.uptake.impact.MetricImpact;
import org.uptake.impact.MetricValidation;
import org.uptake.impact.ValidationReport;
import org.uptake.report.ReportCharts;

/**
 * The Impact screen: the report a PM sends — summary, each success metric with its interval,
 * placebo, confidence and caveats, the charts, recommendations — and its export as PDF, CSV or JSON.
 */
public final class ImpactView extends ScrollPane implements ShownAware {

    public static final String SUMMARY_ID = "impactSummary";
    public static final String VALIDATION_ID = "impactValidation";
    public static final String VALIDATE_BUTTON_ID = "impactValidate";
    static final String EXACT_ID = "impactExact";
    public static final String EXPORT_PDF_ID = "impactExportPdf";
    public static final String DEFINITION_ID = "impactDefinition";

    private final ImpactViewModel viewModel;
    private final Label summary = new Label();
    private final FlowPane tiles = new FlowPane(12, 12);
    private final VBox metrics = new VBox(14);
    private final VBox recommendations = new VBox(6);
    private final FlowPane charts = new FlowPane(12, 12);
    private final VBox validation = new VBox(4);

    public ImpactView(ImpactViewModel viewModel) {
        this.viewModel = viewModel;
        setFitToWidth(true);
        getStyleClass().add("start-scroll");
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.getStyleClass().add("impact-summary");
        tiles.setId("impactTiles");
        validation.setId(VALIDATION_ID);
        VBox content = new VBox(14, header(), summary, tiles, section("Recommendations"), recommendations, section("Success metrics"),
                metrics, org.uptake.gui.common.NoteLabel.of(EXACT_ID, viewModel.exactMetricsProperty()), section("Validation"), validation, section("Charts"), charts);
        content.setPadding(new Insets(20));
        setContent(content);
        viewModel.reportProperty().addListener((obs, old, r) -> show(r));
        viewModel.validationProperty().addListener((obs, old, v) -> showValidation(v));
        showValidation(null);
        viewModel.feature().addListener((obs, old, now) -> viewModel.refreshReport());
        viewModel.refreshReport();
    }

    @Override
    public void onShown() {
        if (viewModel.reportProperty().get() == null) {
            viewModel.refreshReport();
        }
    }

    private HBox header() {
        Label title = new Label("Impact");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.reportBusyProperty().or(viewModel.validationBusyProperty()));
        Button validate = new Button("Validate");
        validate.setId(VALIDATE_BUTTON_ID);
        validate.setTooltip(new javafx.scene.control.Tooltip("Re-run the analysis at 30 placebo launch dates before launch, and with a"
                + " known change put into a copy of the data: how often would it claim a change that is not there, and find one that is?"));
        validate.disableProperty().bind(viewModel.reportProperty().isNull().or(viewModel.validationBusyProperty()));
        validate.setOnAction(e -> viewModel.validate());
        Button pdf = new Button("Export PDF…");
        pdf.getStyleClass().add(Styles.PRIMARY);
        pdf.setId(EXPORT_PDF_ID);
        pdf.setOnAction(e -> viewModel.exportReportPdf());
        Button figures = new Button("Export figures…");
        figures.setOnAction(e -> viewModel.exportFigures());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refreshReport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label definition = new Label();
        definition.setId(DEFINITION_ID);
        definition.getStyleClass().add(Styles.MUTED);
        definition.setMinWidth(Region.USE_PREF_SIZE);
        definition.textProperty().bind(viewModel.reportProperty().map(ImpactReport::definition).orElse(""));
        HBox header = new HBox(10, title, definition, busy, gap, validate, pdf, figures, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private void show(ImpactReport r) {
        metrics.getChildren().clear();
        recommendations.getChildren().clear();
        charts.getChildren().clear();
        tiles.getChildren().clear();
        if (r == null) {
            summary.setText(viewModel.feature().getValue() == null ? "No feature to show: import a features.json that defines one." : "");
            return;
        }
        summary.setText(r.summary());
        tiles.getChildren().add(Tiles.tile("adoption", org.uptake.model.Figures.percent(r.adoption().headlineRate(), 1),
                "adoption in " + r.adoption().targetAudience().describe(), "pace " + org.uptake.model.Figures.percent(r.adoption().pace(), 1)
                        + ", target " + org.uptake.model.Figures.percent(r.adoption().target(), 0) + (r.adoption().targetAudience().isSegments()
                        ? " · all active " + org.uptake.model.Figures.percent(r.adoption().adoptionRate(), 1) : ""),
                r.adoption().aheadOfPace(), 170));
        for (MetricImpact m : r.metrics()) {
            tiles.getChildren().add(Tiles.tile("metric-" + tiles.getChildren().size(), m.effect() == null ? "–"
                    : org.uptake.model.Figures.signedPercent(m.effect().value(), 1), m.name(), "confidence: " + m.confidence().label(),
                    m.effect() == null || !m.effect().excludesZero() ? null : m.improved(), 170));
            metrics.getChildren().add(metric(m));
        }
        for (String rec : r.recommendations()) {
            Label l = new Label("•  " + rec);
            l.setWrapText(true);
            recommendations.getChildren().add(l);
        }
        charts.getChildren().add(viewer(ReportCharts.adoptionVsTarget(r.curve())));
        if (r.funnelBySegment() != null) {
            charts.getChildren().add(viewer(ReportCharts.funnelBySegment(r.funnelBySegment())));
        }
        for (MetricImpact m : r.metrics()) {
            if (m.effect() != null) {
                charts.getChildren().add(viewer(ReportCharts.metricBeforeAfter(m)));
            }
        }
        r.weeklyTickets().forEach(t -> charts.getChildren().add(viewer(ReportCharts.ticketsOverTime(t, r.feature().launchedAt()))));
        if (!r.struggles().clusters().isEmpty()) {
            charts.getChildren().add(viewer(ReportCharts.topClusters(r.struggles().clusters(), 5)));
        }
    }

    private void showValidation(ValidationReport v) {
        validation.getChildren().clear();
        if (v == null) {
            Label hint = new Label("Validate checks this report against itself: the false-claim rate at 30 placebo launch dates before"
                    + " launch, and the recovery rate of a known change injected into a copy of the data (never the workspace).");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            validation.getChildren().add(hint);
            return;
        }
        for (MetricValidation m : v.metrics()) {
            Label l = new Label("•  " + m.sentence());
            l.setWrapText(true);
            validation.getChildren().add(l);
        }
    }

    private static VBox metric(MetricImpact m) {
        Label name = new Label(m.name() + " — " + m.method() + " — confidence: " + m.confidence().label());
        name.getStyleClass().add("metric-name");
        Label verdict = new Label(m.verdict());
        verdict.setWrapText(true);
        Label placebo = new Label(m.placebo() == null ? "Placebo: not available." : String.format(Locale.ROOT,
                "Placebo (a launch %d weeks earlier): %+.1f%% (95%% CI %+.1f%% to %+.1f%%) — %s.", m.weeksBefore(), 100 * m.placebo().value(),
                100 * m.placebo().low(), 100 * m.placebo().high(), m.placeboPasses() ? "passes" : "fails"));
        placebo.getStyleClass().add(Styles.MUTED);
        VBox caveats = new VBox(2);
        for (String c : m.caveats()) {
            Label l = new Label("–  " + c);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.MUTED);
            caveats.getChildren().add(l);
        }
        VBox box = new VBox(4, name, verdict, placebo, caveats);
        box.getStyleClass().add(Styles.CARD);
        box.setPadding(new Insets(10));
        return box;
    }

    private static ChartViewer viewer(JFreeChart chart) {
        ChartViewer v = org.uptake.gui.chart.PageChart.of(chart);
        v.setPrefSize(520, 300);
        return v;
    }
}
