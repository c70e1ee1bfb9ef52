package org.uptake.gui.imports;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.ingest.Validation;

/** Step 3: a dry run over each file's first rows: how many would import and why the others would not. */
final class CheckPage extends VBox {

    static final String TABLE_ID = "checkTable";

    CheckPage(ImportViewModel viewModel) {
        setSpacing(10);
        setPadding(new Insets(0, 0, 0, 12));
        Label note = new Label("Read up to the first " + String.format("%,d", ImportViewModel.CHECK_ROWS) + " rows of each file"
                + " as the import will (Rows checked says how many; feature definitions and briefs are checked as they are imported)."
                + " Nothing has been written yet. Rows with problems will be kept in quarantine with their reasons.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        TableView<FileEntry> table = new TableView<>(viewModel.files());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("File", e -> e.name()),
                column("Holds", e -> e.plan() == null ? "" : e.plan().sniff().kind().label()),
                column("Rows checked", e -> summary(e, s -> String.format("%,d", s.rowsChecked()))),
                column("Would import", e -> summary(e, s -> String.format("%,d", s.good()))),
                column("Events from – to (UTC)", e -> summary(e, s -> s.firstEvent() == null ? "" : s.firstEvent() + " – " + s.lastEvent())),
                column("Problems", e -> !e.problemProperty().get().isEmpty() ? e.problemProperty().get()
                        : e.plan() != null && !e.plan().problem().isEmpty() ? "Waits: " + e.plan().problem()
                        : summary(e, s -> describe(s.problems()))));
        VBox.setVgrow(table, Priority.ALWAYS);
        viewModel.stepProperty().addListener((obs, old, step) -> table.refresh());
        getChildren().addAll(note, table);
    }

    private static String summary(FileEntry entry, java.util.function.Function<Validation.Summary, String> text) {
        Validation.Summary summary = entry.validationProperty().get();
        return summary == null ? "" : text.apply(summary);
    }

    private static String describe(Map<String, Long> problems) {
        if (problems.isEmpty()) {
            return "none";
        }
        return problems.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
    }

    static TableColumn<FileEntry, String> column(String title, java.util.function.Function<FileEntry, String> value) {
        TableColumn<FileEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
