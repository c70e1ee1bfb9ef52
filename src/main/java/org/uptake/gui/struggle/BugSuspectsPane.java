package org.uptake.gui.struggle;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.model.Signal;
import org.uptake.struggle.BugSuspect;

/** The bug suspects of the Struggles screen, each opening its evidence in the timeline, and "File bug". */
final class BugSuspectsPane extends VBox {

    private final TableView<BugSuspect> table = new TableView<>();

    BugSuspectsPane(StrugglesViewModel viewModel, BiConsumer<String, List<Signal>> openTimeline) {
        super(8);
        setPadding(new Insets(8, 0, 0, 0));
        Label note = new Label("Reverters, and struggling people whose evidence points at a defect (errors, broken states, tickets"
                + " tagged as a bug). File bug writes the defects with their evidence, ready to paste or import.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        Button file = new Button("File bug…");
        file.setId("fileBug");
        file.setOnAction(e -> viewModel.fileBug());
        table.setId(StrugglesView.SUSPECTS_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BugSuspect, String> person = new TableColumn<>("Person");
        person.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().person().userId()));
        TableColumn<BugSuspect, String> defect = new TableColumn<>("Defect?");
        defect.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().defect() ? "likely a defect"
                : "reverted, no defect seen"));
        TableColumn<BugSuspect, String> reasons = new TableColumn<>("Why");
        reasons.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.join("; ", row.getValue().reasons())));
        table.getColumns().setAll(List.of(person, defect, reasons));
        table.setRowFactory(v -> {
            TableRow<BugSuspect> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openTimeline.accept(row.getItem().person().userId(), row.getItem().evidence());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(new HBox(12, note, file), table);
    }

    void show(List<BugSuspect> suspects) {
        table.getItems().setAll(suspects);
    }
}
