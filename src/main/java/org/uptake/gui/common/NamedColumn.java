package org.uptake.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table column that shows what a person reads (an email, an account's name) and keeps the id
 * behind it in the cell's tooltip: the id is what exports and the CLI use.
 */
public final class NamedColumn {

    private NamedColumn() {
    }

    /** A column of {@code shown}, with {@code id} as the tooltip of every non-empty cell whose id differs from what it shows. */
    public static <T> TableColumn<T, String> of(String title, Function<T, String> shown, Function<T, String> id) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(shown.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String behind = row == null ? null : id.apply(row);
                setText(empty ? null : item);
                setTooltip(behind == null || behind.equals(item) ? null : new Tooltip(behind));
            }
        });
        return column;
    }
}
