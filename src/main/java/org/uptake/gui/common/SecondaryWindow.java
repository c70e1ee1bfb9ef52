package org.uptake.gui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** What every secondary window (a people list, a timeline) shares: Escape and a Close button close it. */
public final class SecondaryWindow {

    public static final String CLOSE_ID = "closeWindow";

    private SecondaryWindow() {
    }

    /**
     * Escape closes the stage; a handler, not a filter, so a control that uses Escape itself (an
     * open list, a cell being edited) keeps it.
     */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
    }

    /** A right-aligned row with the window's Close button. */
    public static HBox closeBar(Stage stage) {
        Button close = new Button("Close");
        close.setId(CLOSE_ID);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }
}
