package org.uptake.gui.shell;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size and place, remembered between runs. It never opens smaller than
 * 1280×800 unless the screen itself is smaller, and never off the screen.
 */
public final class WindowPlacement {

    public static final double MIN_WIDTH = 1280;
    public static final double MIN_HEIGHT = 800;

    private final Preferences preferences;

    public WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Sizes and places the stage before it is shown, then remembers where the person leaves it. */
    public void apply(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D placed = place(screen, preferences.getDouble("x", Double.NaN), preferences.getDouble("y", Double.NaN),
                preferences.getDouble("width", MIN_WIDTH), preferences.getDouble("height", MIN_HEIGHT));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        stage.setMaximized(preferences.getBoolean("maximized", false));
        stage.setOnHiding(e -> remember(stage));
    }

    /** The window's bounds on this screen: the remembered ones where they fit, else centred at least 1280×800. */
    static Rectangle2D place(Rectangle2D screen, double x, double y, double width, double height) {
        double w = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, width));
        double h = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, height));
        boolean known = !Double.isNaN(x) && !Double.isNaN(y);
        double left = known ? x : screen.getMinX() + (screen.getWidth() - w) / 2;
        double top = known ? y : screen.getMinY() + (screen.getHeight() - h) / 2;
        left = Math.max(screen.getMinX(), Math.min(left, screen.getMaxX() - w));
        top = Math.max(screen.getMinY(), Math.min(top, screen.getMaxY() - h));
        return new Rectangle2D(left, top, w, h);
    }

    private void remember(Stage stage) {
        try {
            preferences.putBoolean("maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                preferences.putDouble("x", stage.getX());
                preferences.putDouble("y", stage.getY());
                preferences.putDouble("width", stage.getWidth());
                preferences.putDouble("height", stage.getHeight());
            }
        } catch (IllegalStateException removed) {
            // The preferences were removed meanwhile (a test's, or a reset): there is nowhere to remember.
        }
    }
}
