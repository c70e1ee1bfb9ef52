package org.uptake.gui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen whose analysis is not built yet: says plainly what will appear and what data it needs. */
public final class PlannedScreen extends VBox {

    public static final String STYLE_CLASS = "planned-screen";

    public PlannedScreen(String title, String whatAppears, String dataNeeded) {
        getStyleClass().add(STYLE_CLASS);
        setSpacing(12);
        setPadding(new Insets(24));
        setMaxWidth(760);

        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SCREEN_TITLE);
        Label notYet = new Label("This screen is not built yet in this version of Uptake.");
        notYet.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(heading, notYet,
                section("What will appear here", whatAppears),
                section("Data it needs", dataNeeded));
    }

    private static VBox section(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, heading, body);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }
}
