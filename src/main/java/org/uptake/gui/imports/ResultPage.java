package org.uptake.gui.imports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.ingest.ImportResult;
import org.uptake.model.WorkspaceSummary;

/** Step 5: what each file did (imported, updated, unchanged, duplicates, quarantined), the quarantined rows, and what changed. */
final class ResultPage extends VBox {

    static final String RESULTS_ID = "importResults";
    static final String QUARANTINE_ID = "quarantineTable";
    public static final String WARNINGS_ID = "importWarnings";

    private final Label changed = new Label();
    private final TableView<ImportResult.QuarantinedRow> quarantine = new TableView<>();


    ResultPage(ImportViewModel viewModel) {
        setSpacing(10);
        setPadding(new Insets(0, 0, 0, 12));
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add("problem");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label warnings = new Label();
        warnings.setId(WARNINGS_ID);
        warnings.setWrapText(true);
        warnings.textProperty().bind(viewModel.warningsProperty());
        warnings.getStyleClass().add("problem");
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.visibleProperty().bind(warnings.managedProperty());
        TableView<FileEntry> results = new TableView<>(viewModel.files());
        results.setId(RESULTS_ID);
        results.setPrefHeight(170);
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().setAll(
                CheckPage.column("File", FileEntry::name),
                CheckPage.column("Rows read", e -> count(e, ImportResult::rowsRead)),
                CheckPage.column("Imported", e -> count(e, ImportResult::imported)),
                // People, accounts and tickets the workspace knew: what this file changed about them.
                CheckPage.column("Updated", e -> count(e, ImportResult::updated)),
                CheckPage.column("Unchanged", e -> count(e, ImportResult::unchanged)),
                CheckPage.column("Duplicates skipped", e -> count(e, ImportResult::duplicates)),
                CheckPage.column("Quarantined", e -> count(e, ImportResult::quarantined)),
                CheckPage.column("Rows/s", e -> e.resultProperty().get() == null ? ""
                        : e.resultProperty().get().rowsRead() < 1_000 ? "—"
                        : String.format("%,.0f", e.resultProperty().get().rowsPerSecond())),
                CheckPage.column("Outcome", e -> e.problemProperty().get().isEmpty() ? e.statusProperty().get()
                        : e.problemProperty().get()));
        viewModel.stepProperty().addListener((obs, old, step) -> {
            results.refresh();
            showChanges(viewModel);
        });
        changed.setWrapText(true);
        changed.getStyleClass().add(Styles.CARD);
        Label quarantineTitle = new Label("Quarantined rows of the selected file");
        quarantineTitle.getStyleClass().add(Styles.SECTION_TITLE);
        configureQuarantine();
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) ->
                quarantine.getItems().setAll(entry == null || entry.resultProperty().get() == null ? java.util.List.of()
                        : entry.resultProperty().get().quarantineSample()));
        Button export = new Button("Export quarantined rows…");
        export.setOnAction(e -> viewModel.exportQuarantine(results.getSelectionModel().getSelectedItem()));
        export.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        Button more = new Button("Import more files");
        more.setOnAction(e -> viewModel.reset());
        VBox.setVgrow(quarantine, Priority.ALWAYS);
        getChildren().addAll(message, results, warnings, changed, quarantineTitle, quarantine, new HBox(8, export, more));
    }

    private void showChanges(ImportViewModel viewModel) {
        WorkspaceSummary before = null;
        WorkspaceSummary after = null;
        for (FileEntry entry : viewModel.files()) {
            ImportResult r = entry.resultProperty().get();
            if (r != null) {
                before = before == null ? r.before() : before;
                after = r.after();
            }
        }
        if (before == null) {
            changed.setText("Nothing was imported.");
            return;
        }
        changed.setText(String.format("What changed in the workspace: people %,d → %,d · accounts %,d → %,d · events %,d → %,d"
                        + " · features %,d → %,d · tickets %,d → %,d", before.people(), after.people(), before.accounts(),
                after.accounts(), before.events(), after.events(), before.features(), after.features(), before.tickets(),
                after.tickets()));
    }

    private void configureQuarantine() {
        quarantine.setId(QUARANTINE_ID);
        quarantine.setPlaceholder(new Label("No quarantined rows."));
        quarantine.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportResult.QuarantinedRow, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().line())));
        line.setMaxWidth(80);
        TableColumn<ImportResult.QuarantinedRow, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        TableColumn<ImportResult.QuarantinedRow, String> raw = new TableColumn<>("Raw text");
        raw.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rawText()));
        quarantine.getColumns().setAll(line, reason, raw);
    }

    private static String count(FileEntry entry, java.util.function.ToLongFunction<ImportResult> value) {
        ImportResult r = entry.resultProperty().get();
        return r == null ? "" : String.format("%,d", value.applyAsLong(r));
    }
}
