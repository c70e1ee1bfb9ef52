package org.uptake.gui.imports;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;

/** Step 4: the import running, with its progress, rows per second, and Cancel. */
final class ProgressPage extends VBox {

    static final String CANCEL_ID = "cancelImport";
    static final String REFUSED_ID = "importRefused";

    ProgressPage(ImportViewModel viewModel) {
        setSpacing(14);
        setPadding(new Insets(40));
        setAlignment(Pos.TOP_CENTER);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(520);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label text = new Label();
        text.textProperty().bind(viewModel.progressTextProperty());
        Label note = new Label("Each file is imported in one piece: Cancel, or a crash, leaves the workspace as it was"
                + " before that file.");
        note.getStyleClass().add(Styles.MUTED);
        note.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> viewModel.cancel());
        Label refused = new Label();
        refused.setId(REFUSED_ID);
        refused.setWrapText(true);
        refused.getStyleClass().add("problem");
        refused.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(bar, text, note, cancel, refused);
    }
}
