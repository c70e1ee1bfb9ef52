package org.uptake.gui.adoption;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.uptake.adoption.PersonRow;
import org.uptake.gui.common.NamedColumn;
import org.uptake.gui.common.SecondaryWindow;
import org.uptake.gui.common.Styles;

/** The people behind a number: sortable, filterable, exportable to CSV; double-click opens a person's timeline. */
public final class PeopleWindow {

    /** Writes a list of people somewhere the analyst picks. */
    @FunctionalInterface
    public interface Exporter {
        void export(String title, List<PersonRow> rows);
    }


    public static final String TABLE_ID = "peopleTable";
    public static final String FILTER_ID = "peopleFilter";
    public static final String EXPORT_ID = "peopleExport";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private PeopleWindow() {
    }

    /** Shows the people; {@code export} writes the rows shown (after the filter) from this window. */
    public static Stage show(Window owner, String title, List<PersonRow> people, List<String> funnel, Consumer<String> openTimeline,
            Exporter export) {
        FilteredList<PersonRow> filtered = new FilteredList<>(FXCollections.observableArrayList(people));
        SortedList<PersonRow> sorted = new SortedList<>(filtered);
        TableView<PersonRow> table = new TableView<>(sorted);
        table.setId(TABLE_ID);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                NamedColumn.of("Person", PersonRow::who, PersonRow::userId), text("Segment", PersonRow::segment),
                text("Plan", PersonRow::plan), text("Role", PersonRow::role), NamedColumn.of("Account", PersonRow::account, PersonRow::accountId),
                text("Adopted (UTC)", r -> r.adoptedAt() == null ? "" : WHEN.format(r.adoptedAt())),
                text("Furthest step", r -> r.furthestStep() == 0 ? "—" : funnel.isEmpty() ? Integer.toString(r.furthestStep())
                        : funnel.get(Math.min(funnel.size(), r.furthestStep()) - 1)),
                number("Active days", r -> (long) r.activeDays()), number("Events", PersonRow::events));
        table.setRowFactory(v -> {
            TableRow<PersonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openTimeline.accept(row.getItem().userId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            PersonRow chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                openTimeline.accept(chosen.userId());
            }
        });
        TextField filter = new TextField();
        filter.setId(FILTER_ID);
        filter.setPromptText("Filter by person, email, segment, plan, role or account");
        filter.textProperty().addListener((obs, old, text) -> filtered.setPredicate(r -> matches(r, text)));
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(filtered).asString("%,d people"));
        count.getStyleClass().add(Styles.MUTED);
        Button exportButton = new Button("Export CSV…");
        exportButton.setId(EXPORT_ID);
        HBox tools = new HBox(10, filter, count, exportButton);
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Double-click a person (or press Enter) to see their events.");
        hint.getStyleClass().add(Styles.MUTED);
        VBox root = new VBox(10, heading, tools, table, hint);
        root.setPadding(new Insets(14));
        VBox.setVgrow(table, Priority.ALWAYS);
        Stage stage = new Stage();
        root.getChildren().add(SecondaryWindow.closeBar(stage));
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, 980, 620);
        Styles.applyTo(scene.getStylesheets());
        stage.setScene(scene);
        SecondaryWindow.closeOnEscape(stage);
        exportButton.setOnAction(e -> export.export(title, List.copyOf(filtered)));
        stage.show();
        return stage;
    }

    private static boolean matches(PersonRow r, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        for (String field : new String[] {r.userId(), r.email(), r.segment(), r.plan(), r.role(), r.accountId(), r.accountName()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static TableColumn<PersonRow, String> text(String title, Function<PersonRow, String> value) {
        TableColumn<PersonRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return c;
    }

    private static TableColumn<PersonRow, Long> number(String title, Function<PersonRow, Long> value) {
        TableColumn<PersonRow, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        return c;
    }
}
