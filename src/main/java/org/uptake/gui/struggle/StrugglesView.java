package org.uptake.gui.struggle;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.common.LazyTab;
import org.uptake.gui.common.NamedColumn;
import org.uptake.gui.common.Periods;
import org.uptake.gui.common.Placeholders;
import org.uptake.gui.common.ShownAware;
import org.uptake.gui.common.Styles;
import org.uptake.model.Evidence;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.struggle.BugSuspect;
import org.uptake.struggle.EarlyWarning;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;

/**
 * The Struggles screen: how many struggle and how (tiles), the clusters ranked by odds ratio; a
 * cluster narrows the people below it, a person opens their timeline with the signal events
 * highlighted; bug suspects with "File bug", and the early-warning figure with its ticket filers.
 */
public final class StrugglesView extends VBox implements ShownAware {

    public static final String CLUSTERS_ID = "clustersTable";
    public static final String PEOPLE_ID = "strugglersTable";
    public static final String SUSPECTS_ID = "bugSuspectsTable";
    public static final String EARLY_ID = "earlyWarningTable";
    public static final String DEFINITION_ID = "strugglesDefinition";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final StrugglesViewModel viewModel;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final TableView<StruggleCluster> clusters = new TableView<>();
    private final TableView<StrugglingPerson> people = new TableView<>();
    private final BugSuspectsPane suspects;
    private final EarlyWarningPane early = new EarlyWarningPane();
    private final Label peopleTitle = new Label();
    private final Label method = new Label();
    private final Tab suspectsTab;
    private final TabPane tabs;
    private final Label clustersEmpty;

    /** Adds a pane of its own as a tab (the comparison of two windows, say). */
    public void addTab(String title, javafx.scene.Node content) {
        tabs.getTabs().add(LazyTab.of(title, content));
    }

    public StrugglesView(StrugglesViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        setPadding(new Insets(20));
        tiles.setId("struggleTiles");
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        method.getStyleClass().add(Styles.MUTED);
        method.setWrapText(true);
        method.setMinHeight(Region.USE_PREF_SIZE);
        configureClusters();
        configurePeople();
        clustersEmpty = Placeholders.loading(clusters, viewModel.busyProperty(), "");
        Placeholders.loading(people, viewModel.busyProperty(), "Nobody struggles with the chosen signals.");
        this.suspects = new BugSuspectsPane(viewModel, this::openTimeline);
        suspectsTab = LazyTab.of("Bug suspects", suspects);
        tabs = new TabPane(LazyTab.of("Clusters and people", clustersPane()), suspectsTab,
                LazyTab.of("Early warning", early));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // How struggling is counted is read once, not every time: folded under the tabs, it leaves the lists the height.
        javafx.scene.control.TitledPane howCounted = new javafx.scene.control.TitledPane("How struggling is counted", method);
        howCounted.setId("howCounted");
        howCounted.setExpanded(false);
        howCounted.setAnimated(false);
        getChildren().setAll(header(), filters(), message, tiles, tabs, howCounted);
        viewModel.resultProperty().addListener((obs, old, report) -> show(report));
        viewModel.kindsProperty().addListener((obs, old, now) -> show(viewModel.resultProperty().get()));
        viewModel.refresh();
    }

    @Override
    public void onShown() {
        viewModel.refreshIfStale();
    }

    private HBox header() {
        Label title = new Label("Struggles");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Button thresholds = new Button("Thresholds…");
        thresholds.setOnAction(e -> viewModel.editSettings(current -> ThresholdsDialog.edit(getScene().getWindow(), current)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label definition = new Label();
        definition.setId(DEFINITION_ID);
        definition.getStyleClass().add(Styles.MUTED);
        definition.setMinWidth(Region.USE_PREF_SIZE);
        definition.textProperty().bind(viewModel.definitionProperty());
        HBox header = new HBox(12, title, definition, busy, gap, thresholds, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox filters() {
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        Label show = new Label("Signals:");
        row.getChildren().add(show);
        for (SignalKind kind : SignalKind.values()) {
            CheckBox box = new CheckBox(kind.label());
            box.setId("kind-" + kind.name().toLowerCase(Locale.ROOT));
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, on) -> {
                Set<SignalKind> chosen = EnumSet.noneOf(SignalKind.class);
                chosen.addAll(viewModel.kindsProperty().get());
                if (on) {
                    chosen.add(kind);
                } else {
                    chosen.remove(kind);
                }
                viewModel.kindsProperty().set(chosen);
            });
            row.getChildren().add(box);
        }
        return row;
    }

    private void show(StruggleReport r) {
        if (r == null) {
            tiles.getChildren().clear();
            clusters.getItems().clear();
            people.getItems().clear();
            suspects.show(List.of());
            early.show(null, viewModel.names(), "");
            return;
        }
        java.util.Map<SignalKind, Integer> byKind = r.peopleByKind();
        EarlyWarning w = r.earlyWarning();
        tiles.getChildren().setAll(
                tile("struggling", String.format("%,d", r.struggling().size()), "struggling people",
                        String.format("%.0f%% of %,d who entered", r.entrants() == 0 ? 0 : 100.0 * r.struggling().stream()
                                .filter(p -> p.person().entered()).count() / r.entrants(), r.entrants())),
                tile("rage", String.format("%,d", byKind.get(SignalKind.RAGE_CLICKS)), "with rage clicks",
                        String.format("%,d bursts", r.signalsByKind().get(SignalKind.RAGE_CLICKS))),
                tile("undo", String.format("%,d", byKind.get(SignalKind.UNDO_LOOP)), "with undo/redo loops",
                        String.format("%,d loops", r.signalsByKind().get(SignalKind.UNDO_LOOP))),
                tile("abandoned", String.format("%,d", byKind.get(SignalKind.ABANDONED)), "abandoned", "entered, never finished"),
                tile("tickets", String.format("%,d", byKind.get(SignalKind.TICKET)), "filed tickets",
                        String.format("%,d with errors · %,d with workarounds", byKind.get(SignalKind.ERROR),
                                byKind.get(SignalKind.WORKAROUND))),
                tile("early-warning", w.ticketPeople() == 0 ? "–" : String.format("%.0f%%", 100 * w.share()), "early warning",
                        w.ticketPeople() == 0 ? "no tickets about the feature"
                                : String.format("%d of %d filers struggled first (goal > 50%%)", w.detectedBefore(),
                                        w.ticketPeople())));
        suspectsTab.setText(String.format("Bug suspects (%d)", r.bugSuspects().stream().filter(BugSuspect::defect).count()));
        List<StruggleCluster> visible = viewModel.visibleClusters();
        clusters.getItems().setAll(visible);
        clustersEmpty.setText(r.struggling().isEmpty() ? "Nobody struggles with this feature in the window."
                : "No group of people struggles more than the rest beyond chance.");
        showPeople(null);
        suspects.show(r.bugSuspects());
        early.show(w, viewModel.names(), Periods.between(r.from(), r.to()));
        method.setText(String.format("%s, %s to %s. %s Clusters describe who and where (segment, plan, role, main platform,"
                        + " app version, account tier, tenure, platform of the attempt, elements clicked): one-sided Fisher test,"
                        + " Benjamini–Hochberg at %.0f%%, at least %d struggling people; groups sharing 80%% of their people are"
                        + " merged. Tickets matched by %s.", r.feature().name(), r.from(), r.to(),
                StrugglingPerson.definition(r.settings().abandonedAttempts()), 100 * r.settings().falseDiscoveryRate(),
                r.settings().minClusterPeople(), r.ticketMatch()));
    }

    private void showPeople(StruggleCluster cluster) {
        List<StrugglingPerson> shown = viewModel.visiblePeople(cluster);
        people.getItems().setAll(shown);
        StruggleReport r = viewModel.resultProperty().get();
        String period = r == null ? "" : " " + Periods.between(r.from(), r.to());
        peopleTitle.setText(cluster == null ? String.format("All struggling people%s (%,d)", period, shown.size())
                : String.format("%s — %,d struggling people%s", cluster.label(), shown.size(), period));
    }

    private VBox clustersPane() {
        Label hint = new Label("Select a cluster to see its people; double-click a person (or press Enter) for their timeline.");
        hint.getStyleClass().add(Styles.MUTED);
        Button everyone = new Button("Show everyone");
        everyone.setOnAction(e -> {
            clusters.getSelectionModel().clearSelection();
            showPeople(null);
        });
        peopleTitle.getStyleClass().add(Styles.SECTION_TITLE);
        HBox peopleHeader = new HBox(12, peopleTitle, everyone);
        peopleHeader.setAlignment(Pos.CENTER_LEFT);
        clusters.setMinHeight(120);
        // Dense rows: at 1280×800 the tiles and tabs leave the two lists about 300 px between them.
        clusters.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        people.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        VBox.setVgrow(people, Priority.ALWAYS);
        VBox below = new VBox(4, peopleHeader, people);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(clusters, below);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(8, hint, split);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void configureClusters() {
        clusters.setId(CLUSTERS_ID);
        clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<StruggleCluster, String> label = column("Cluster", StruggleCluster::headline);
        label.setPrefWidth(380);
        clusters.getColumns().setAll(label,
                column("Struggling", c -> String.format("%,d of %,d", c.struggling(), c.members())),
                column("Who struggles", StruggleCluster::shareInWords),
                column("How sure", StruggleCluster::howSure));
        // The plain words are read whole; the cluster's headline gives way first (and is whole in the row's tooltip).
        clusters.getColumns().get(1).setMinWidth(90);
        clusters.getColumns().get(2).setMinWidth(225);
        clusters.getColumns().get(3).setMinWidth(185);
        // A headline longer than its column is read whole in the row's tooltip, with the statistics behind "how sure".
        clusters.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(StruggleCluster item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.headline() + "\n" + item.statistics()));
            }
        });
        clusters.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                showPeople(c);
            }
        });
    }

    private void configurePeople() {
        people.setId(PEOPLE_ID);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        people.getColumns().setAll(
                NamedColumn.of("Person", p -> viewModel.names().who(p.person().userId()), p -> p.person().userId()),
                NamedColumn.of("Account", p -> viewModel.names().account(p.person().userId(), p.person().accountId()),
                        p -> p.person().accountId()),
                personColumn("Segment", p -> p.person().segment()),
                personColumn("Plan", p -> p.person().plan()), personColumn("Role", p -> p.person().role()),
                personColumn("Platform", p -> p.person().mainPlatform()), personColumn("Step reached", StrugglingPerson::stepReached),
                personColumn("Score", p -> Integer.toString(p.score())),
                personColumn("Signals", p -> String.join(", ", p.kinds().stream().map(SignalKind::label).toList())));
        // An email and an account name are read whole; the short attributes take what they need, the signals the rest.
        double[] widths = {230, 160, 95, 80, 75, 75, 125, 55};
        for (int i = 0; i < widths.length; i++) {
            people.getColumns().get(i).setPrefWidth(widths[i]);
        }
        people.setOnKeyPressed(e -> {
            StrugglingPerson chosen = people.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                openTimeline(chosen.person().userId(), chosen.signals());
            }
        });
        people.setRowFactory(v -> {
            TableRow<StrugglingPerson> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openTimeline(row.getItem().person().userId(), row.getItem().signals());
                }
            });
            return row;
        });
    }

    /** The person's timeline; the events their signals rest on are highlighted, the signals listed above. */
    void openTimeline(String userId, List<Signal> signals) {
        Set<String> evidence = new HashSet<>();
        for (Signal s : signals) {
            for (Evidence e : s.evidence()) {
                if (e.source().equals("event")) {
                    evidence.add(e.at().toEpochMilli() + "|" + e.name());
                }
            }
        }
        VBox summary = new VBox(2);
        for (Signal s : signals) {
            summary.getChildren().add(new Label(WHEN.format(s.at()) + "  " + s.kind().label() + ": " + s.detail()));
        }
        viewModel.loadTimeline(userId, (List<TimelineEvent> events) -> TimelineWindow.show(getScene().getWindow(), userId, events,
                e -> evidence.contains(e.at().toEpochMilli() + "|" + e.event()),
                "Highlighted: the events the struggle signals rest on (times in UTC).", summary));
    }

    private static VBox tile(String id, String value, String label, String detail) {
        VBox tile = org.uptake.gui.common.Tiles.tile(id, value, label, detail, null, 150);
        tile.getStyleClass().addAll("compact", "short");
        return tile;
    }

    private static TableColumn<StruggleCluster, String> column(String title, Function<StruggleCluster, String> value) {
        TableColumn<StruggleCluster, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }

    private static TableColumn<StrugglingPerson, String> personColumn(String title, Function<StrugglingPerson, String> value) {
        TableColumn<StrugglingPerson, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return c;
    }

}
