package org.uptake.gui.common;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The theme the whole application wears. JavaFX has one user-agent stylesheet per application, so
 * this is one app-wide value; the user's choice is kept in their preferences and follows them to
 * the next start.
 */
public final class Appearance {

    static final String KEY = "theme";
    private static final ObjectProperty<Theme> THEME = new SimpleObjectProperty<>(Theme.LIGHT);
    private static Preferences remembered;

    static {
        THEME.addListener((obs, old, theme) -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            if (remembered != null) {
                remembered.put(KEY, theme.name());
            }
        });
    }

    private Appearance() {
    }

    /** The theme in use; set it to switch every open window and chart. */
    public static ObjectProperty<Theme> themeProperty() {
        return THEME;
    }

    /** Wears the theme in use if the app wears none yet (a window built without the desktop's start, as in tests). */
    static void wearIfNone() {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(THEME.get().userAgentStylesheet());
        }
    }

    /** Wears the theme the user chose last time (light on a first start), and remembers later choices there. */
    public static void useRemembered(Preferences preferences) {
        remembered = null;
        Theme chosen = Theme.LIGHT;
        try {
            chosen = Theme.valueOf(preferences.get(KEY, Theme.LIGHT.name()));
        } catch (IllegalArgumentException unknown) {
            // a value written by another version: the default look, and the next choice overwrites it
        }
        THEME.set(chosen);
        Application.setUserAgentStylesheet(chosen.userAgentStylesheet());
        remembered = preferences;
    }
}
