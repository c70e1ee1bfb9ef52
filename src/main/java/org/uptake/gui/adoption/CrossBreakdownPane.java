package org.uptake.gui.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.CrossBreakdown;
import org.uptake.adoption.PeopleQuery;
import org.uptake.gui.common.Styles;
import org.uptake.model.Figures;

/** Adoption by two attributes at once: a pivot of rates with adopters of active people; a double-click opens a cell's people. */
public final class CrossBreakdownPane extends VBox {

    public static final String TABLE_ID = "crossBreakdownTable";
    public static final String ROWS_ID = "crossRows";
    public static final String COLUMNS_ID = "crossColumns";

    private final CrossBreakdownViewModel model;
    private final TableView<String> table = new TableView<>();

    CrossBreakdownPane(CrossBreakdownViewModel model, Consumer<PeopleQuery> openPeople) {
        super(8);
        this.model = model;
        setPadding(new Insets(8));
        ComboBox<String> rows = attributes(ROWS_ID, model.rowsProperty());
        ComboBox<String> columns = attributes(COLUMNS_ID, model.columnsProperty());
        Label hint = new Label("Adopters of active people in each cell (the window above); double-click a cell or a total for its people.");
        hint.getStyleClass().add(Styles.MUTED);
        HBox controls = new HBox(8, new Label("Rows"), rows, new Label("× columns"), columns, hint);
        controls.setAlignment(Pos.CENTER_LEFT);
        table.setId(TABLE_ID);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !table.getSelectionModel().getSelectedCells().isEmpty()) {
                @SuppressWarnings("unchecked")
                TablePosition<String, ?> cell = table.getSelectionModel().getSelectedCells().get(0);
                Object column = cell.getTableColumn() == null ? null : cell.getTableColumn().getUserData();
                if (column != null && model.resultProperty().get() != null) {
                    openPeople.accept(model.peopleOf(table.getItems().get(cell.getRow()), (String) column));
                }
            }
        });
        model.resultProperty().addListener((obs, old, now) -> show(now));
        getChildren().setAll(controls, table);
        model.refresh();
    }

    private static ComboBox<String> attributes(String id, javafx.beans.property.ObjectProperty<String> value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(CrossBreakdown.ATTRIBUTES);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private void show(CrossBreakdown x) {
        table.getColumns().clear();
        table.getItems().clear();
        if (x == null) {
            return;
        }
        TableColumn<String, String> head = new TableColumn<>(x.rowAttribute() + " \\ " + x.columnAttribute());
        head.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        List<TableColumn<String, String>> columns = new ArrayList<>(List.of(head));
        List<String> values = new ArrayList<>(x.columns());
        values.add(CrossBreakdownViewModel.ALL);
        for (String column : values) {
            TableColumn<String, String> c = new TableColumn<>(column);
            c.setUserData(column);
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(x, cell.getValue(), column)));
            columns.add(c);
        }
        table.getColumns().setAll(columns);
        List<String> rows = new ArrayList<>(x.rows());
        rows.add(CrossBreakdownViewModel.ALL);
        table.getItems().setAll(rows);
    }

    /** A cell's text: "52.0% (380/731)", a dash where nobody has the pair. */
    static String text(CrossBreakdown x, String row, String column) {
        boolean allRows = CrossBreakdownViewModel.ALL.equals(row);
        boolean allColumns = CrossBreakdownViewModel.ALL.equals(column);
        if (allRows && allColumns) {
            return rate(x.adopters(), x.activePeople());
        }
        if (allRows || allColumns) {
            List<AdoptionSummary.Breakdown> totals = allRows ? x.columnTotals() : x.rowTotals();
            String value = allRows ? column : row;
            return totals.stream().filter(b -> b.value().equals(value)).findFirst().map(b -> rate(b.adopters(), b.activePeople())).orElse("—");
        }
        CrossBreakdown.Cell cell = x.cell(row, column);
        return cell == null ? "—" : rate(cell.adopters(), cell.activePeople());
    }

    private static String rate(int adopters, int active) {
        return Figures.percent(active == 0 ? 0 : adopters / (double) active, 1) + " (" + Figures.count(adopters) + "/" + Figures.count(active) + ")";
    }
}
