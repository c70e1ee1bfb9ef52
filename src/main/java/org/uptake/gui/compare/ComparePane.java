package org.uptake.gui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uptake.adoption.RateComparison;
import org.uptake.gui.common.Styles;

/** The "Compare to" control and its table: each figure in both windows, the difference and its 95% interval. */
public final class ComparePane extends VBox {

    public static final String COMPARE_TO_ID = "compareTo";
    public static final String COMPARE_BUTTON_ID = "compareButton";
    public static final String TABLE_ID = "comparisonTable";
    static final String PREVIOUS = "the previous period";
    static final String DATES = "these days";

    private final TableView<RateComparison> table = new TableView<>();
    private final Label windows = new Label();
    private final Label notes = new Label();

    public ComparePane(CompareViewModel model) {
        super(10);
        setPadding(new Insets(8));
        DatePicker from = picker("last 14 days", model.fromProperty());
        DatePicker to = picker("last event", model.toProperty());
        ComboBox<String> compareTo = new ComboBox<>();
        compareTo.setId(COMPARE_TO_ID);
        compareTo.getItems().setAll(PREVIOUS, DATES);
        compareTo.setValue(model.previousProperty().get() ? PREVIOUS : DATES);
        compareTo.valueProperty().addListener((obs, old, now) -> model.previousProperty().set(PREVIOUS.equals(now)));
        DatePicker otherFrom = picker("first day", model.otherFromProperty());
        DatePicker otherTo = picker("last day", model.otherToProperty());
        otherFrom.disableProperty().bind(model.previousProperty());
        otherTo.disableProperty().bind(model.previousProperty());
        Button compare = new Button("Compare");
        compare.setId(COMPARE_BUTTON_ID);
        compare.setOnAction(e -> model.compare());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        HBox controls = new HBox(8, new Label("Window"), from, new Label("to"), to, new Label("Compare to"), compareTo, otherFrom,
                new Label("to"), otherTo, compare, busy);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(column("figure", RateComparison::name),
                column("current window", r -> r.current().describe()), column("other window", r -> r.other().describe()),
                column("difference (95% interval)", RateComparison::describeDifference)));
        table.setPrefHeight(130);
        notes.setWrapText(true);
        notes.getStyleClass().add(Styles.MUTED);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        getChildren().setAll(controls, message, windows, table, notes);
    }

    private void show(ComparedFigures figures) {
        if (figures == null) {
            windows.setText("");
            table.getItems().clear();
            notes.setText("");
            return;
        }
        windows.setText("Current window " + figures.current() + " (" + figures.current().days() + " days) against "
                + figures.other() + " (" + figures.other().days() + " days)");
        table.getItems().setAll(figures.figures());
        StringBuilder text = new StringBuilder(figures.definition()).append('\n').append(figures.method());
        figures.caveats().forEach(c -> text.append("\nCaveat: ").append(c).append('.'));
        notes.setText(text.toString());
    }

    private static DatePicker picker(String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(prompt);
        picker.setPrefWidth(125);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static TableColumn<RateComparison, String> column(String title, java.util.function.Function<RateComparison, String> text) {
        TableColumn<RateComparison, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
