package org.uptake.gui.features;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.adoption.EventCatalogEntry;
import org.uptake.gui.common.Styles;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;

/**
 * The feature editor: the event catalogue on the left (search, pick, use as adoption event, funnel
 * step, revert or legacy event, suggested launch), the definition's fields in the middle, the live
 * preview and the history on the right, and Save with the reason it cannot save yet.
 */
public final class FeatureEditorView extends BorderPane {

    public static final String SEARCH_ID = "eventSearch";
    public static final String CATALOGUE_ID = "eventCatalogue";
    public static final String USE_AS_ADOPTION_ID = "useAsAdoption";
    public static final String ADD_TO_FUNNEL_ID = "addToFunnel";
    public static final String USE_AS_REVERT_ID = "useAsRevert";
    public static final String ADD_TO_LEGACY_ID = "addToLegacy";
    public static final String USE_LAUNCH_ID = "useSuggestedLaunch";
    public static final String KEY_ID = "featureKey";
    public static final String NAME_ID = "featureName";
    public static final String LAUNCH_ID = "featureLaunch";
    public static final String TARGET_ID = "adoptionTarget";
    public static final String WITHIN_DAYS_ID = "adoptionWithinDays";
    public static final String PREVIEW_ID = "definitionPreview";
    public static final String METRIC_NAME_ID = "metricName";
    public static final String METRIC_EVENT_ID = "metricEvent";
    public static final String METRIC_PROPERTY_ID = "metricProperty";
    public static final String ADD_METRIC_ID = "addMetric";
    public static final String PROBLEM_ID = "definitionProblem";
    public static final String HISTORY_ID = "definitionHistory";
    public static final String SAVE_ID = "saveFeature";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final FeatureEditorViewModel model;
    private final Button save = new Button("Save");

    public FeatureEditorView(FeatureEditorViewModel model) {
        this.model = model;
        getStyleClass().add("feature-editor");
        SplitPane split = new SplitPane(catalogue(), scrolled(form()), side());
        split.setDividerPositions(0.36, 0.72);
        setCenter(split);
        setBottom(bottomBar());
        setPadding(new Insets(10));
    }

    /** The Save button, for the window to make it the default (Enter). */
    Button saveButton() {
        return save;
    }

    private Node catalogue() {
        TextField search = new TextField();
        search.setId(SEARCH_ID);
        search.setPromptText("Search events or platforms");
        search.textProperty().bindBidirectional(model.searchProperty());
        TableView<EventCatalogEntry> table = new TableView<>(model.shownEvents());
        table.setId(CATALOGUE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Event", EventCatalogEntry::name),
                column("People", e -> String.format("%,d", e.people())),
                column("Events", e -> String.format("%,d", e.events())),
                column("First", e -> DAY.format(e.firstSeen())),
                column("Last", e -> DAY.format(e.lastSeen())),
                column("Platforms", e -> String.join(", ", e.platforms()))));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<EventCatalogEntry>) c ->
                model.picked().setAll(table.getSelectionModel().getSelectedItems()));
        Button adoption = button("Adoption event", USE_AS_ADOPTION_ID, model::useAsAdoption);
        Button funnel = button("Add to funnel", ADD_TO_FUNNEL_ID, model::addToFunnel);
        Button revert = button("Revert event", USE_AS_REVERT_ID, model::useAsRevert);
        Button legacy = button("Legacy event", ADD_TO_LEGACY_ID, model::addToLegacy);
        FlowPane picks = new FlowPane(6, 6, adoption, funnel, revert, legacy);
        for (Button b : new Button[] {adoption, funnel, revert, legacy}) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.picked()));
        }
        Label suggested = new Label();
        suggested.textProperty().bind(model.suggestedLaunchProperty().map(d -> "Suggested launch: " + d + " (first day of the picked events)")
                .orElse("Pick events to see a suggested launch date"));
        suggested.getStyleClass().add(Styles.MUTED);
        suggested.setWrapText(true);
        Button useLaunch = button("Use as launch date", USE_LAUNCH_ID, model::useSuggestedLaunch);
        useLaunch.disableProperty().bind(model.suggestedLaunchProperty().isNull());
        VBox box = new VBox(8, title("Event catalogue"), search, table, picks, suggested, useLaunch);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node form() {
        FeatureForm f = model.form();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Name"), field(f.nameProperty(), NAME_ID, "Dashboard customization"));
        grid.addRow(row++, new Label("Key"), field(f.keyProperty(), KEY_ID, "dashboard-customization"));
        grid.addRow(row++, new Label("Launch date"), field(f.launchedAtProperty(), LAUNCH_ID, "2026-03-02"));
        TextArea problem = new TextArea();
        problem.setPrefRowCount(2);
        problem.setWrapText(true);
        problem.setPromptText("The problem the feature solves");
        problem.textProperty().bindBidirectional(f.problemProperty());
        grid.addRow(row++, new Label("Problem"), problem);
        grid.addRow(row++, new Label("Target segments"), segments(f.targetSegments()));
        grid.addRow(row++, new Label("Adoption event"), field(f.adoptionEventProperty(), "adoptionEvent", "layout_saved"));
        HBox goal = new HBox(8, new Label("Target share"), field(f.targetProperty(), TARGET_ID, "0.25"), new Label("within days"),
                field(f.withinDaysProperty(), WITHIN_DAYS_ID, "30"));
        goal.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, new Label("Goal"), goal);
        grid.addRow(row++, new Label("Funnel steps"), orderedList(f.funnel(), "funnelSteps"));
        grid.addRow(row++, new Label("Revert event"), field(f.revertEventProperty(), "revertEvent", "layout_reset"));
        grid.addRow(row++, new Label("Legacy events"), orderedList(f.legacyEvents(), "legacyEvents"));
        grid.addRow(row++, new Label("Success metrics"), metrics(f.successMetrics()));
        TextField briefFile = field(model.briefFileProperty(), "briefFile", "A Markdown file to attach on saving");
        Label storedBrief = new Label();
        storedBrief.textProperty().bind(f.briefProperty().map(b -> b.isBlank() ? "" : "Stored brief: " + b));
        storedBrief.getStyleClass().add(Styles.MUTED);
        grid.addRow(row++, new Label("Brief"), new VBox(4, briefFile, storedBrief));
        GridPane.setHgrow(problem, Priority.ALWAYS);
        VBox box = new VBox(8, title("Definition"), grid);
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private Node segments(ObservableList<String> chosen) {
        FlowPane pane = new FlowPane(10, 6);
        Runnable fill = () -> pane.getChildren().setAll(model.segments().stream().map(segment -> {
            CheckBox box = new CheckBox(segment);
            box.setSelected(chosen.contains(segment));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on && !chosen.contains(segment)) {
                    chosen.add(segment);
                } else if (!on) {
                    chosen.remove(segment);
                }
            });
            return box;
        }).toList());
        model.segments().addListener((ListChangeListener<String>) c -> fill.run());
        chosen.addListener((ListChangeListener<String>) c -> pane.getChildren().forEach(n -> {
            CheckBox box = (CheckBox) n;
            box.setSelected(chosen.contains(box.getText()));
        }));
        fill.run();
        return pane;
    }

    /** A list whose items can be moved up and down and removed (the funnel's order matters). */
    private Node orderedList(ObservableList<String> items, String id) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(90);
        Button up = new Button("Up");
        up.setOnAction(e -> move(list, items, -1));
        Button down = new Button("Down");
        down.setOnAction(e -> move(list, items, 1));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                items.remove(i);
            }
        });
        VBox buttons = new VBox(4, up, down, remove);
        HBox box = new HBox(6, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }

    private void move(ListView<String> list, ObservableList<String> items, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (items == model.form().funnel()) {
            model.moveStep(i, by);
        } else if (i >= 0 && i + by >= 0 && i + by < items.size()) {
            items.add(i + by, items.remove(i));
        }
        list.getSelectionModel().select(Math.max(0, Math.min(items.size() - 1, i + by)));
    }

    private Node metrics(ObservableList<Feature.SuccessMetric> metrics) {
        ListView<Feature.SuccessMetric> list = new ListView<>(metrics);
        list.setId("successMetrics");
        list.setPrefHeight(80);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Feature.SuccessMetric m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name() + ": " + (m.ticketTags().isEmpty()
                        ? m.event() + (m.property() == null ? " per person per week" : "." + m.property())
                        : "tickets tagged " + String.join(", ", m.ticketTags())) + " (" + m.better() + " is better)");
            }
        });
        TextField name = new TextField();
        name.setId(METRIC_NAME_ID);
        name.setPromptText("Metric name");
        TextField event = new TextField();
        event.setId(METRIC_EVENT_ID);
        event.setPromptText("event");
        TextField property = new TextField();
        property.setId(METRIC_PROPERTY_ID);
        property.setPromptText("property");
        TextField tags = new TextField();
        tags.setPromptText("or ticket tags, a, b");
        ComboBox<String> better = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("lower", "higher"));
        better.setValue("lower");
        Button add = new Button("Add metric");
        add.setId(ADD_METRIC_ID);
        add.setOnAction(e -> {
            model.addMetric(name.getText(), event.getText(), property.getText(), tags.getText(), better.getValue());
            name.clear();
            event.clear();
            property.clear();
            tags.clear();
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                metrics.remove(i);
            }
        });
        FlowPane adding = new FlowPane(6, 6, name, event, property, tags, better, add, remove);
        return new VBox(6, list, adding);
    }

    private Node side() {
        Label preview = new Label();
        preview.setId(PREVIEW_ID);
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewTextProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(model.previewStatusProperty());
        ListView<FeatureVersion> history = new ListView<>(model.history());
        history.setId(HISTORY_ID);
        history.setPlaceholder(new Label("Not saved yet"));
        history.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FeatureVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null : "v" + version.version() + "  " + WHEN.format(version.changedAt()) + " UTC  "
                        + version.changedBy() + "\n" + version.whatChanged());
            }
        });
        VBox box = new VBox(8, title("Preview"), preview, status, title("History"), history);
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Node bottomBar() {
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        save.setId(SAVE_ID);
        save.getStyleClass().add(Styles.PRIMARY);
        save.disableProperty().bind(model.problemProperty().isNotEmpty());
        save.setOnAction(e -> model.save());
        HBox bar = new HBox(10, problem, save);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
