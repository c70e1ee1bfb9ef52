package org.uptake.gui.imports;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;

/** A file in the wizard's list: its name, and what it holds or why it cannot be imported. */
final class FileCell extends ListCell<FileEntry> {

    @Override
    protected void updateItem(FileEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        textProperty().unbind();
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label name = new Label(entry.name());
        name.getStyleClass().add("recent-name");
        Label status = new Label();
        status.textProperty().bind(entry.statusProperty());
        status.getStyleClass().add(Styles.MUTED);
        Label problem = new Label();
        // A file that cannot be read says why; a file that can, but waits for its columns, says what is missing.
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> !entry.problemProperty().get().isEmpty()
                ? entry.problemProperty().get() : entry.plan() == null ? "" : entry.plan().problem(),
                entry.problemProperty(), entry.planProperty()));
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(260);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        setText(null);
        setGraphic(new VBox(2, name, status, problem));
    }
}
