package org.uptake.gui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A KPI tile as every screen shows one: a big number, what it counts, a line of detail. */
public final class Tiles {

    private Tiles() {
    }

    /**
     * @param id    the tile's id is {@code tile-<id>} (tests and style rules find it by that)
     * @param good  colours the number as on or off target; null leaves it plain
     * @param width the widest the label and detail lines may grow before wrapping
     */
    public static VBox tile(String id, String value, String label, String detail, Boolean good, double width) {
        Label number = new Label(value);
        number.getStyleClass().add(Styles.TILE_VALUE);
        if (good != null) {
            number.getStyleClass().add(good ? "good" : "bad");
        }
        Label name = new Label(label);
        name.getStyleClass().add(Styles.TILE_LABEL);
        name.setWrapText(true);
        name.setMaxWidth(width);
        Label more = new Label(detail);
        more.getStyleClass().add(Styles.MUTED);
        more.setWrapText(true);
        more.setMaxWidth(width);
        VBox tile = new VBox(2, number, name, more);
        tile.getStyleClass().add(Styles.TILE);
        tile.setId("tile-" + id);
        return tile;
    }
}
