package org.uptake.gui.adoption;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.uptake.adoption.AdoptionOverview;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.NonAdopter;
import org.uptake.adoption.PeopleQuery;
import org.uptake.adoption.UsageDepth;
import org.uptake.gui.chart.AdoptionCurveChart;
import org.uptake.gui.chart.FunnelChart;
import org.uptake.gui.common.LazyTab;
import org.uptake.gui.common.NoteLabel;
import org.uptake.gui.common.NamedColumn;
import org.uptake.gui.common.Periods;
import org.uptake.gui.common.Placeholders;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.model.Figures;

/**
 * The Adoption screen: KPI tiles, the adoption curve against the target's pace, the funnel by the
 * chosen breakdown, adoption by segment, plan and role, depth, and the people who should be using it.
 */
public final class AdoptionView extends ScrollPane implements ShownAware {

    public static final String BREAKDOWN_ID = "funnelBreakdown";
    public static final String BREAKDOWN_TABLE_ID = "breakdownTable";
    public static final String SHOULD_BE_USING_ID = "shouldBeUsingTable";
    public static final String CAVEAT_ID = "adoptionCaveat";
    public static final String DEFINITION_ID = "adoptionDefinition";

    private final AdoptionViewModel viewModel;
    static final String EXTRACT_ID = "adoption-extract";
    static final String BREAKDOWN_SOURCE_ID = "adoption-breakdown-source";
    static final String FUNNEL_SOURCE_ID = "adoption-funnel-source";
    static final String DEPTH_SOURCE_ID = "adoption-depth-source";

    private final Label title = new Label("Adoption");
    private final AdoptionTiles tiles;
    private final ChartViewer curve = org.uptake.gui.chart.PageChart.empty();
    private final ChartViewer funnel = org.uptake.gui.chart.PageChart.empty();
    private final TableView<String[]> breakdowns = new TableView<>();
    private final TableView<NonAdopter> shouldBeUsing = new TableView<>();
    private static final String SHOULD_BE_USING_NOTE = "Active people in the feature's target segments who have not adopted it, most"
            + " active first; active days and events counted";
    private final Label shouldBeUsingNote = new Label(SHOULD_BE_USING_NOTE + " in the window.");
    private final Label depth = new Label();
    private final Label caveat = new Label();
    /** On data from an extract: whether each block was counted exactly on the cluster or comes from the sample. */
    private final javafx.beans.property.StringProperty breakdownSource = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty funnelSource = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty depthSource = new javafx.beans.property.SimpleStringProperty("");
    private final TabPane tabs;

    public AdoptionView(AdoptionViewModel viewModel) {
        this(viewModel, null);
    }

    /** The screen with its tabs about time (targets from past launches, who stays) when {@code history} is given. */
    public AdoptionView(AdoptionViewModel viewModel, HistoryViewModel history) {
        this.viewModel = viewModel;
        this.tiles = new AdoptionTiles(kind -> openPeople(PeopleQuery.of(kind)));
        setFitToWidth(true);
        getStyleClass().add("start-scroll");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        curve.setPrefSize(560, 320);
        funnel.setPrefSize(560, 320);
        // The page scrolls with the wheel: charts must not zoom out from under the reader.
        funnel.addChartMouseListener(new org.jfree.chart.fx.interaction.ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(org.jfree.chart.fx.interaction.ChartMouseEventFX event) {
                if (event.getEntity() instanceof org.jfree.chart.entity.CategoryItemEntity item) {
                    // The bars are named for readers ("Widget moved"); the step is the column's place in the funnel.
                    int step = item.getDataset().getColumnIndex(item.getColumnKey());
                    openPeople(PeopleQuery.funnelStep(step, viewModel.breakdownProperty().get(), String.valueOf(item.getRowKey())));
                }
            }

            @Override
            public void chartMouseMoved(org.jfree.chart.fx.interaction.ChartMouseEventFX event) {
            }
        });
        HBox.setHgrow(curve, Priority.ALWAYS);
        HBox.setHgrow(funnel, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        configureBreakdownTable();
        configureShouldBeUsing();
        Placeholders.loading(breakdowns, viewModel.busyProperty(), "Nobody was active in the window.");
        Placeholders.loading(shouldBeUsing, viewModel.busyProperty(), "Everyone active in the target segments has adopted it.");
        depth.setWrapText(true);
        tabs = new TabPane(
                LazyTab.of("By segment, plan, role and main platform", breakdownPane()),
                LazyTab.of("Should be using it", shouldBeUsingPane()),
                LazyTab.of("Depth", new VBox(8, blockLabel(DEPTH_SOURCE_ID, depthSource), depth)));
        if (history != null) {
            HistoryPane pane = new HistoryPane(history);
            tabs.getTabs().addAll(LazyTab.of("Targets from history", pane.targets()), LazyTab.of("Who stays", pane.whoStays()));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(330);
        Label hint = new Label("Click a tile, a funnel bar or (double-click) a breakdown row to see the people behind the number.");
        hint.getStyleClass().add(Styles.MUTED);
        caveat.setId(CAVEAT_ID);
        caveat.setWrapText(true);
        caveat.getStyleClass().add(Styles.MUTED);
        caveat.managedProperty().bind(caveat.textProperty().isNotEmpty());
        caveat.visibleProperty().bind(caveat.managedProperty());
        // From a sampled Spark extract, the exact count beside the sample's estimate, so neither passes for the other.
        Label extract = NoteLabel.of(EXTRACT_ID, viewModel.extractNoteProperty());
        VBox content = new VBox(14, header(), message, extract, tiles, caveat, new HBox(12, curve, funnel),
                blockLabel(FUNNEL_SOURCE_ID, funnelSource), hint, tabs);
        content.setPadding(new Insets(20));
        setContent(content);
        viewModel.resultProperty().addListener((obs, old, result) -> show(result));
        viewModel.blocksProperty().addListener((obs, old, blocks) -> showBlocks(blocks));
        viewModel.refresh();
    }

    /** Adds a pane of its own as a tab beside the breakdowns (the comparison of two windows, say). */
    public void addTab(String title, javafx.scene.Node content) {
        tabs.getTabs().add(LazyTab.of(title, content));
    }

    /** Adds the cross breakdown, whose cells open their people as every number here does. */
    public void addCrossBreakdown(CrossBreakdownViewModel model) {
        addTab("Cross breakdown", new CrossBreakdownPane(model, this::openPeople));
    }

    @Override
    public void onShown() {
        viewModel.refresh();
    }

    private HBox header() {
        DatePicker from = new DatePicker();
        from.setPromptText("launch");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("last event");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        from.setPrefWidth(125);
        to.setPrefWidth(125);
        from.setMinWidth(110);
        to.setMinWidth(110);
        ComboBox<FunnelReport.Breakdown> by = new ComboBox<>();
        by.setId(BREAKDOWN_ID);
        by.getItems().setAll(FunnelReport.Breakdown.values());
        by.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FunnelReport.Breakdown value) {
                return value == null ? "" : value.label();
            }

            @Override
            public FunnelReport.Breakdown fromString(String text) {
                return null;
            }
        });
        by.valueProperty().bindBidirectional(viewModel.breakdownProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The labels keep their words; when the window is narrow, the title gives way (its tooltip keeps it whole).
        Label fromLabel = new Label("From");
        Label toLabel = new Label("to");
        Label byLabel = new Label("Funnel by");
        for (Label l : List.of(fromLabel, toLabel, byLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(120);
        title.setTooltip(new javafx.scene.control.Tooltip());
        title.getTooltip().textProperty().bind(title.textProperty());
        Label definition = new Label();
        definition.setId(DEFINITION_ID);
        definition.getStyleClass().add(Styles.MUTED);
        definition.setMinWidth(Region.USE_PREF_SIZE);
        definition.textProperty().bind(viewModel.definitionProperty());
        HBox header = new HBox(8, title, definition, busy, spacer, fromLabel, from, toLabel, to, byLabel, by);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void show(AdoptionOverview result) {
        if (result == null) {
            tiles.getChildren().clear();
            caveat.setText("");
            curve.setVisible(false);
            funnel.setVisible(false);
            breakdowns.getItems().clear();
            shouldBeUsing.getItems().clear();
            return;
        }
        AdoptionSummary s = result.summary();
        title.setText("Adoption — " + s.featureName());
        caveat.setText(s.caveat() == null ? "" : "Caveat on adoption, time to first use and depth: " + s.caveat() + "; time to first use"
                + " leaves out " + Figures.count(s.timeToFirstUse().leftOut()) + " adopters whose first use may predate the data.");
        curve.setChart(AdoptionCurveChart.create(result.curve()));
        curve.setVisible(true);
        funnel.setVisible(result.funnel() != null);
        if (result.funnel() != null) {
            funnel.setChart(FunnelChart.create(result.funnel()));
        }
        shouldBeUsing.getItems().setAll(result.shouldBeUsing());
        showBlocks(viewModel.blocksProperty().get());
        UsageDepth d = result.depth();
        StringBuilder l28 = new StringBuilder();
        for (int i = 0; i < d.l28().size(); i++) {
            if (d.l28().get(i) > 0) {
                l28.append(String.format(Figures.LOCALE, "%n  %2d of 28 days: %s people", i + 1, Figures.count(d.l28().get(i))));
            }
        }
        depth.setText(String.format(Figures.LOCALE, "Adopters by depth: %s surface (1–2 uses) · %s regular · %s power (used on ≥ %d of the"
                + " last 28 days)%n%nL28 — people by days used out of the last 28:%s%s", Figures.count(d.surface()), Figures.count(d.regular()),
                Figures.count(d.power()), UsageDepth.POWER_DAYS, l28.length() == 0 ? " none" : l28,
                s.caveat() == null ? "" : String.format("%n%nCaveat: %s; uses before the data are not counted.", s.caveat())));
    }

    /** On data from an extract, the exact blocks and the sample's labels; on raw data, nothing (the labels take no room). */
    private void showBlocks(ExtractBlocks blocks) {
        AdoptionOverview result = viewModel.resultProperty().get();
        boolean fits = blocks != null && result != null && blocks.shown() == result;
        breakdownSource.set(fits ? blocks.breakdownLabel() : "");
        funnelSource.set(fits ? blocks.funnelLine() : "");
        depthSource.set(fits ? blocks.depthLabel() : "");
        if (result == null) {
            return;
        }
        AdoptionSummary s = result.summary();
        tiles.show(s, fits ? blocks : null);
        breakdowns.getItems().setAll(fits ? blocks.breakdownRows() : rows(s));
        shouldBeUsingNote.setText((fits ? blocks.sampleLabel() + ". " : "") + SHOULD_BE_USING_NOTE + " " + Periods.between(s.from(), s.to()) + ".");
    }

    private static Label blockLabel(String id, javafx.beans.property.StringProperty text) {
        Label label = NoteLabel.of(id, text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private VBox breakdownPane() {
        VBox.setVgrow(breakdowns, Priority.ALWAYS);
        return new VBox(6, blockLabel(BREAKDOWN_SOURCE_ID, breakdownSource), breakdowns);
    }

    /** Opens the people behind a number in their own window. */
    void openPeople(PeopleQuery query) {
        viewModel.loadPeople(query, people -> PeopleWindow.show(getScene().getWindow(), query.describe(viewModel.funnelSteps()),
                people, viewModel.funnelSteps(), this::openTimeline, viewModel::exportPeople));
    }

    private void openTimeline(String userId) {
        java.util.Set<String> highlighted = viewModel.featureEvents();
        viewModel.loadTimeline(userId, events -> TimelineWindow.show(getScene().getWindow(), userId, events, highlighted));
    }

    private static List<String[]> rows(AdoptionSummary s) {
        java.util.ArrayList<String[]> rows = new java.util.ArrayList<>();
        add(rows, "segment", s.bySegment());
        add(rows, "plan", s.byPlan());
        add(rows, "role", s.byRole());
        add(rows, AdoptionSummary.MAIN_PLATFORM, s.byPlatform());
        return rows;
    }

    private static void add(List<String[]> rows, String attribute, List<AdoptionSummary.Breakdown> values) {
        for (AdoptionSummary.Breakdown b : values) {
            rows.add(new String[] {attribute, b.value(), Figures.count(b.activePeople()), Figures.count(b.adopters()),
                Figures.percent(b.adoptionRate(), 1)});
        }
    }

    private void configureBreakdownTable() {
        breakdowns.setId(BREAKDOWN_TABLE_ID);
        breakdowns.setRowFactory(v -> {
            javafx.scene.control.TableRow<String[]> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPeople(PeopleQuery.breakdown(row.getItem()[0], row.getItem()[1]));
                }
            });
            return row;
        });
        breakdowns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] titles = {"Attribute", "Value", "Active people", "Adopters", "Adoption"};
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TableColumn<String[], String> c = new TableColumn<>(titles[i]);
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            breakdowns.getColumns().add(c);
        }
    }

    private VBox shouldBeUsingPane() {
        shouldBeUsingNote.getStyleClass().add(Styles.MUTED);
        shouldBeUsingNote.setWrapText(true);
        Label note = shouldBeUsingNote;
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> viewModel.exportShouldBeUsing());
        // The note grows (an extract's sample label goes first); the button keeps its words.
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(note, Priority.ALWAYS);
        VBox.setVgrow(shouldBeUsing, Priority.ALWAYS);
        return new VBox(8, new HBox(12, note, export), shouldBeUsing);
    }

    private void configureShouldBeUsing() {
        shouldBeUsing.setId(SHOULD_BE_USING_ID);
        shouldBeUsing.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        shouldBeUsing.getColumns().setAll(
                NamedColumn.of("Person", n -> viewModel.names().who(n.userId()), NonAdopter::userId),
                NamedColumn.of("Account", n -> viewModel.names().account(n.userId(), n.accountId()), NonAdopter::accountId),
                column("Segment", NonAdopter::segment), column("Plan", NonAdopter::plan), column("Role", NonAdopter::role),
                column("Active days", n -> Integer.toString(n.activeDays())), column("Events", n -> org.uptake.model.Figures.count(n.events())));
    }

    private static TableColumn<NonAdopter, String> column(String title, Function<NonAdopter, String> value) {
        TableColumn<NonAdopter, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }
}
