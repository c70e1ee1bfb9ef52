package org.uptake.gui.impact;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.uptake.gui.common.Placeholders;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.impact.PortfolioRow;
import org.uptake.model.Figures;

/** The Portfolio screen: every feature ranked, with its flag and why, weekly use, and the exports. */
public final class PortfolioView extends VBox implements ShownAware {

    public static final String TABLE_ID = "portfolioTable";

    private final ImpactViewModel viewModel;
    private final TableView<PortfolioRow> table = new TableView<>();
    private final ChartViewer chart = org.uptake.gui.chart.PageChart.empty();

    public PortfolioView(ImpactViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setPadding(new Insets(20));
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Nine columns share 1,070 px at 1280×800: the headers wrap rather than end in "…".
        table.getStyleClass().add(Styles.WRAPPED_HEADERS);
        table.getColumns().setAll(List.of(
                column("Feature", PortfolioRow::name), column("Priority", r -> Integer.toString(r.priority())),
                column("Flag", r -> r.flag().label()),
                column("Adoption", PortfolioRow::adoptionText),
                column("Target vs achieved", PortfolioRow::targetAgainstAchieved),
                column("Impact", PortfolioRow::impactText),
                column("Struggling", r -> Figures.percent(r.struggleShare(), 0) + ", " + r.struggleTrend()),
                column("Weekly use", PortfolioRow::trend),
                column("Feedback loop", r -> r.feedbackLoop().describe()),
                column("Why", r -> r.caveat() == null ? r.why() : r.why() + "; caveat: " + r.caveat())));
        // One width per column (a missing one left "Why" at the default 80 px, one word per line).
        double[] widths = {150, 72, 70, 180, 140, 120, 100, 100, 130, 260};
        // The least each may shrink to: its header's longest word whole ("Priority", not "Prio/rity").
        double[] least = {135, 72, 60, 120, 100, 90, 100, 84, 100, 200};
        if (widths.length != table.getColumns().size() || least.length != widths.length) {
            throw new IllegalStateException("a width for each of the portfolio's columns");
        }
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(least[i]);
        }
        table.setPrefHeight(330);
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(PortfolioRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.name() + " — " + item.flag().label()
                        + ": " + item.why()));
                getStyleClass().removeAll("flag-sunset", "flag-help", "flag-invest");
                if (!empty && item != null) {
                    switch (item.flag()) {
                        case SUNSET_REVIEW -> getStyleClass().add("flag-sunset");
                        case NEEDS_HELP -> getStyleClass().add("flag-help");
                        case INVEST_MORE -> getStyleClass().add("flag-invest");
                        default -> { }
                    }
                }
            }
        });
        Placeholders.loading(table, viewModel.portfolioBusyProperty(), "No features yet: import a features.json that defines them.");
        Label how = new Label("Priority (0–100) rises with measured impact (50 for a high-confidence improvement, 25 for medium), the room"
                + " left to the target's pace (up to 30) and the share who struggle (up to 20). Sunset review: adopters' weekly "
                + "retention is falling over the latest complete weeks, by a trend test (p ≤ 0.05).");
        how.getStyleClass().add(Styles.MUTED);
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        chart.setPrefHeight(320);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().setAll(header(), how, table, chart);
        viewModel.rowsProperty().addListener((obs, old, rows) -> {
            table.getItems().setAll(rows == null ? List.of() : rows);
            if (rows != null) {
                chart.setChart(org.uptake.report.PortfolioCharts.weeklyUsers(rows));
            }
        });
        viewModel.refreshPortfolio();
    }

    @Override
    public void onShown() {
        viewModel.refreshPortfolio();
    }

    private HBox header() {
        Label title = new Label("Portfolio");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.portfolioBusyProperty());
        Button pdf = new Button("Export PDF…");
        pdf.getStyleClass().add(Styles.PRIMARY);
        pdf.setOnAction(e -> viewModel.exportPortfolioPdf());
        Button csv = new Button("Export CSV…");
        csv.setOnAction(e -> viewModel.exportPortfolioCsv());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refreshPortfolio());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, busy, gap, pdf, csv, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static TableColumn<PortfolioRow, String> column(String title, Function<PortfolioRow, String> value) {
        TableColumn<PortfolioRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        // Long cells (caveats, the feedback loop, why) wrap inside their column instead of ending in "…".
        c.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                setGraphic(text);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        return c;
    }
}
