package org.uptake.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

/**
 * A tab whose content joins the scene the first time the tab is selected. A tab pane styles and lays out every tab's
 * content when it first shows, the hidden ones too: on the Adoption screen that was most of a 400 ms stall of the FX
 * thread on the first visit, for tabs a person may never open. The content is built up front (its bindings work
 * from the start); only its skins and styles wait.
 */
public final class LazyTab {

    /** The width JavaFX gives a column nobody sized (and the only one it fits to the rows). */
    private static final double DEFAULT_COLUMN_WIDTH = 80;

    private LazyTab() {
    }

    public static Tab of(String title, Node content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content);
                styledAsIfShownEmpty(content);
            }
        });
        return tab;
    }

    /**
     * Keeps the content's table columns as they were when a tab showed with its screen. A table sizes a column to its
     * first rows once, when the column's header first joins a scene, and only while the column has the default width
     * (80 px). Shown with the screen, a tab's tables were still empty then, so nothing was fitted; joining later, with
     * rows, a table whose columns fill its width gave one column the width of its longest text and squeezed the others
     * to nothing. For such tables, a width off the default by a step no eye can see leaves the columns as they were.
     */
    private static void styledAsIfShownEmpty(Node content) {
        for (TableView<?> table : tablesIn(content, new ArrayList<>())) {
            if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
                // Its columns take what they need and the table scrolls: fitted to the rows, they read better.
                continue;
            }
            keepWidths(table.getColumns());
        }
    }

    /** Every leaf column, hidden ones too (shown later, they would be fitted then). */
    private static void keepWidths(List<? extends TableColumn<?, ?>> columns) {
        for (TableColumn<?, ?> column : columns) {
            if (!column.getColumns().isEmpty()) {
                keepWidths(column.getColumns());
            } else if (column.getPrefWidth() == DEFAULT_COLUMN_WIDTH) {
                column.setPrefWidth(Math.nextUp(DEFAULT_COLUMN_WIDTH));
            }
        }
    }

    /** The tables in the content, also inside containers whose children their skins make (not made yet here). */
    private static List<TableView<?>> tablesIn(Node node, List<TableView<?>> found) {
        if (node instanceof TableView<?> table) {
            found.add(table);
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            tablesIn(scroll.getContent(), found);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            tablesIn(titled.getContent(), found);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> tablesIn(item, found));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> tablesIn(child, found));
        }
        return found;
    }
}
