package org.uptake.gui.account;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.account.AccountHealth;
import org.uptake.account.AccountPage;
import org.uptake.account.HealthPart;
import org.uptake.account.RiskReason;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.common.LazyTab;
import org.uptake.gui.common.ShownAware;
import org.uptake.model.Figures;

/**
 * The Accounts screen: the book of business (filter by owner, tier, band; weekly sparklines), and the
 * chosen account's page — health parts, reasons, people, people × features, timeline — with Plan a play.
 */
public final class AccountsView extends SplitPane implements ShownAware {

    public static final String BOOK_ID = "accountsBook";
    public static final String PEOPLE_ID = "accountPeople";
    public static final String MATRIX_ID = "accountMatrix";
    public static final String TIMELINE_ID = "accountTimeline";
    public static final String PLAN_ID = "planPlay";
    public static final String PLAN_RESULT_ID = "planPlayResult";
    public static final String HEADER_ID = "accountHeader";
    public static final String PREDICTION_ID = "accountsPrediction";

    private final AccountsViewModel viewModel;
    private final TableView<AccountHealth> book = new TableView<>();
    private final TableView<AccountPage.Person> people = new TableView<>();
    private final TableView<AccountPage.Person> matrix = new TableView<>();
    private final TableView<AccountPage.TimelineItem> timeline = new TableView<>();
    private final TableView<HealthPart> parts = new TableView<>();
    /** What the page's header says until an account is picked. */
    public static final String NO_PAGE = "Pick an account to see its page.";
    private final Label header = new Label(NO_PAGE);
    private final VBox reasons = new VBox(4);
    private final FlowPane numbers = new FlowPane(12, 4);

    public AccountsView(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().setAll(bookPane(), pagePane());
        setDividerPositions(0.45);
        viewModel.pageProperty().addListener((o, was, now) -> showPage(now));
        viewModel.refresh();
    }

    /** Shown again: an import or a play may have changed the book. */
    @Override
    public void onShown() {
        viewModel.refresh();
    }

    private Node bookPane() {
        ComboBox<String> owner = filter(viewModel.owners(), viewModel.ownerProperty());
        ComboBox<String> tier = filter(viewModel.tiers(), viewModel.tierProperty());
        ComboBox<String> band = filter(viewModel.bands(), viewModel.bandProperty());
        Label asOf = new Label();
        asOf.textProperty().bind(viewModel.asOfProperty());
        HBox filters = new HBox(8, new Label("Owner"), owner, new Label("Tier"), tier, new Label("Band"), band, asOf);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label prediction = new Label();
        prediction.setId(PREDICTION_ID);
        prediction.setWrapText(true);
        prediction.textProperty().bind(viewModel.predictionProperty());
        book.setId(BOOK_ID);
        for (TableView<?> t : List.of(parts, people, matrix, timeline)) {
            t.setPlaceholder(new Label("Pick an account above to see it here."));
        }
        book.setItems(viewModel.accounts());
        TableColumn<AccountHealth, AccountHealth> trend = new TableColumn<>("Weekly active");
        trend.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        trend.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AccountHealth item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : Sparkline.of(item.weeklyActive()));
            }
        });
        trend.setPrefWidth(100);
        book.getColumns().setAll(List.of(text("Account", a -> a.name() + " (" + a.accountId() + ")", 230), text("Owner", AccountHealth::owner, 120),
                text("Tier", AccountHealth::tier, 90), text("ARR", a -> String.format(Figures.LOCALE, "%,.0f", a.arr()), 90),
                text("Health", a -> a.health().isPresent() ? Integer.toString(a.health().getAsInt()) : "–", 60),
                text("Band", a -> a.band().label(), 120), text("Active", a -> a.activePeople() + " of " + a.people()
                        + (a.activeTrend().isPresent() ? String.format(Figures.LOCALE, " (%+.0f%%)", 100 * a.activeTrend().getAsDouble()) : ""), 110),
                trend, text("Why", a -> String.join("; ", a.reasons().stream().map(RiskReason::text).toList()), 420)));
        book.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.open(now.accountId());
            }
        });
        VBox box = new VBox(8, filters, book, prediction);
        VBox.setVgrow(book, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node pagePane() {
        header.setId(HEADER_ID);
        header.getStyleClass().add("title");
        header.setWrapText(true);
        parts.getColumns().setAll(List.of(text("Part", HealthPart::name, 150), text("Measured", HealthPart::measured, 420),
                text("Points", p -> p.weight() == 0 ? "not counted" : String.format(Figures.LOCALE, "%.0f of %.0f", p.score() * p.weight(),
                        p.weight()), 100)));
        parts.setPrefHeight(170);
        Button plan = new Button("Plan a play");
        plan.setId(PLAN_ID);
        plan.disableProperty().bind(viewModel.pageProperty().isNull());
        plan.setOnAction(e -> viewModel.planPlay());
        Label planned = new Label();
        planned.setId(PLAN_RESULT_ID);
        planned.setWrapText(true);
        planned.textProperty().bind(viewModel.playResultProperty());
        Label shown = new Label();
        shown.textProperty().bind(viewModel.peopleShownProperty());
        people.setId(PEOPLE_ID);
        people.setItems(viewModel.people());
        people.getColumns().setAll(List.of(text("Person", AccountPage.Person::label, 260), text("Role", AccountPage.Person::role, 90),
                text("Last active", p -> p.lastActive().map(Object::toString).orElse("never"), 100),
                text("Features used", p -> Long.toString(p.featuresUsed()), 100), text("Struggling", p -> p.struggling() ? "yes" : "no", 90)));
        people.setRowFactory(v -> openTimelineOnDoubleClick());
        matrix.setId(MATRIX_ID);
        matrix.setItems(viewModel.people());
        matrix.setRowFactory(v -> openTimelineOnDoubleClick());
        timeline.setId(TIMELINE_ID);
        timeline.getColumns().setAll(List.of(text("Day", (AccountPage.TimelineItem t) -> t.day().toString(), 100),
                text("What", AccountPage.TimelineItem::kind, 90), text("", AccountPage.TimelineItem::text, 420),
                text("Who", AccountPage.TimelineItem::userId, 100)));
        TabPane tabs = new TabPane(LazyTab.of("People", new VBox(4, shown, people)), LazyTab.of("People × features", matrix),
                LazyTab.of("Timeline", timeline));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox left = new VBox(8, header, numbers, parts, reasons, new HBox(8, plan, planned));
        left.setPrefWidth(620);
        HBox box = new HBox(12, left, tabs);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private TableRow<AccountPage.Person> openTimelineOnDoubleClick() {
        TableRow<AccountPage.Person> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                String userId = row.getItem().userId();
                viewModel.timeline(userId, events -> TimelineWindow.show(getScene().getWindow(), userId, events, Set.of()));
            }
        });
        return row;
    }

    private void showPage(AccountPage page) {
        if (page == null) {
            return;
        }
        AccountHealth h = page.health();
        header.setText(h.name() + " (" + h.accountId() + ") · " + h.tier() + " · ARR " + String.format(Figures.LOCALE, "%,.0f", h.arr())
                + (h.owner().isEmpty() ? "" : " · " + h.owner()) + " · health " + (h.health().isPresent() ? h.health().getAsInt() + " · " : "")
                + h.band().label());
        parts.getItems().setAll(h.parts());
        reasons.getChildren().setAll(h.reasons().stream().map(r -> (Node) new Label("Why at risk: " + r.text())).toList());
        // Every number opens the people behind it, in the People tab.
        numbers.getChildren().setAll(link(h.people() + " people", () -> viewModel.drill("all people", p -> true)),
                link(h.activePeople() + " active in the last 28 days", viewModel::drillActive),
                link(h.struggling() + " struggling", viewModel::drillStruggling));
        List<TableColumn<AccountPage.Person, ?>> columns = new java.util.ArrayList<>();
        columns.add(text("Person", AccountPage.Person::label, 240));
        for (int i = 0; i < page.features().size(); i++) {
            int f = i;
            AccountPage.SegmentAdoption a = page.adoption().get(i);
            columns.add(text(page.features().get(i).name() + " (" + a.adopters() + " adopted)", p -> p.uses().get(f).label(), 170));
            numbers.getChildren().add(link(a.adopters() + " adopted " + a.featureName() + " (" + Figures.percent(a.share(), 0) + "; segment "
                    + Figures.percent(a.segmentShare(), 0) + ")", () -> viewModel.drillFeature(f, AccountPage.Use.ADOPTED)));
        }
        matrix.getColumns().setAll(columns);
        timeline.getItems().setAll(page.timeline());
    }

    private static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> action.run());
        return link;
    }

    private static ComboBox<String> filter(javafx.collections.ObservableList<String> items, javafx.beans.property.ObjectProperty<String> value) {
        ComboBox<String> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
