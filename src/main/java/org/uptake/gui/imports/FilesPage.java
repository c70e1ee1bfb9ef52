package org.uptake.gui.imports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;
import org.uptake.ingest.Dialect;
import org.uptake.ingest.FileSniff;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.SourceKind;

/** Step 1: what each file was recognised as (kind, dialect, packing, encoding), to confirm or change, with a preview. */
final class FilesPage extends VBox {

    static final String KIND_ID = "importKind";
    static final String PREVIEW_ID = "importPreview";

    private final ImportViewModel viewModel;
    private final Label describe = new Label();
    private final ComboBox<SourceKind> kind = new ComboBox<>();
    private final ComboBox<Dialect> dialect = new ComboBox<>();
    private final TableView<List<String>> preview = new TableView<>();
    private boolean updating;

    FilesPage(ImportViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(10);
        setPadding(new Insets(0, 0, 0, 12));
        kind.setId(KIND_ID);
        kind.getItems().setAll(SourceKind.values());
        kind.setConverter(ImportView.converter(SourceKind::label));
        dialect.getItems().setAll(Dialect.values());
        dialect.setConverter(ImportView.converter(Dialect::label));
        kind.valueProperty().addListener((obs, old, k) -> changed());
        dialect.valueProperty().addListener((obs, old, d) -> changed());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Recognised as"), describe);
        form.addRow(1, new Label("Holds"), kind);
        form.addRow(2, new Label("Exported by"), dialect);
        Label previewTitle = new Label("First rows");
        previewTitle.getStyleClass().add(Styles.SECTION_TITLE);
        preview.setId(PREVIEW_ID);
        preview.setPlaceholder(new Label("No preview for this file."));
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(form, previewTitle, preview);
    }

    void show(FileEntry entry) {
        updating = true;
        try {
            ImportPlan plan = entry == null ? null : entry.plan();
            if (plan == null) {
                describe.setText(entry == null ? "" : entry.problemProperty().get().isEmpty() ? "Reading…" : "Cannot be imported");
                preview.getColumns().clear();
                preview.getItems().clear();
                setDisable(true);
                return;
            }
            setDisable(false);
            FileSniff sniff = plan.sniff();
            describe.setText(sniff.describe() + String.format(", %,d KB", Math.max(1, sniff.sizeBytes() / 1024)));
            kind.setValue(sniff.kind());
            dialect.setValue(sniff.dialect());
            preview.getColumns().clear();
            for (int i = 0; i < sniff.header().size(); i++) {
                int column = i;
                TableColumn<List<String>, String> c = new TableColumn<>(sniff.header().get(i));
                c.setCellValueFactory(row -> new ReadOnlyStringWrapper(column < row.getValue().size() ? row.getValue().get(column) : ""));
                c.setPrefWidth(130);
                preview.getColumns().add(c);
            }
            preview.getItems().setAll(sniff.previewRows());
        } finally {
            updating = false;
        }
    }

    private void changed() {
        FileEntry entry = viewModel.selectedProperty().get();
        if (updating || entry == null || kind.getValue() == null || dialect.getValue() == null) {
            return;
        }
        viewModel.changeKind(entry, kind.getValue(), dialect.getValue());
    }
}
