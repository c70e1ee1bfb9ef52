package org.uptake.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** What an empty table says: "Loading…" while its screen computes, then why it is empty (never "No content in table"). */
public final class Placeholders {

    public static final String LOADING = "Loading…";

    private Placeholders() {
    }

    /** Binds the table's placeholder; the returned label says why it is empty, and a screen may change its text. */
    public static Label loading(TableView<?> table, ObservableBooleanValue busy, String emptyText) {
        Label loading = new Label(LOADING);
        Label empty = new Label(emptyText);
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(busy).then((Node) loading).otherwise(empty));
        return empty;
    }
}
