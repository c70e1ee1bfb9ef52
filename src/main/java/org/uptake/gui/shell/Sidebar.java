package org.uptake.gui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.uptake.gui.common.Styles;

/** The list of screens on the left; follows and sets the window's current screen. */
final class Sidebar extends VBox {

    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);

    Sidebar(ObjectProperty<Screen> current, javafx.beans.value.ObservableIntegerValue openAlerts) {
        getStyleClass().add(Styles.SIDEBAR);
        setSpacing(2);
        setPadding(new Insets(12, 8, 12, 8));
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.name().toLowerCase());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(screen.title() + "  (Ctrl+" + screen.shortcutDigit() + ")"));
            button.setOnAction(e -> {
                current.set(screen);
                button.setSelected(true);
            });
            if (screen == Screen.ALERTS) {
                // The badge: how many alerts are open, in the button's own text so it reads without colour.
                button.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> openAlerts.get() == 0 ? screen.title()
                        : screen.title() + "  (" + openAlerts.get() + ")", openAlerts));
                openAlerts.addListener((obs, old, n) -> {
                    button.getStyleClass().remove(Styles.BADGE);
                    if (n.intValue() > 0) {
                        button.getStyleClass().add(Styles.BADGE);
                    }
                });
            }
            buttons.put(screen, button);
            getChildren().add(button);
        }
        current.addListener((obs, old, screen) -> select(screen));
        select(current.get());
    }

    private void select(Screen screen) {
        if (screen != null) {
            buttons.get(screen).setSelected(true);
        }
    }
}
