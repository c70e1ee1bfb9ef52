package org.uptake.gui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A wrapped label bound to a note that takes no room while the note is empty (e.g. where the data came from). */
public final class NoteLabel {

    private NoteLabel() {
    }

    public static Label of(String id, ObservableStringValue note) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        // A note wraps rather than being cut to "…" when a growing table below it asks for the room.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(note);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
