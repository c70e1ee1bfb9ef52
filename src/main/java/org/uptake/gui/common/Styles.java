package org.uptake.gui.common;

/** CSS class names shared by screens; the rules live in {@code uptake.css}. */
public final class Styles {

    public static final String STYLESHEET = "/org/uptake/gui/uptake.css";

    public static final String SCREEN_TITLE = "screen-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";
    public static final String CARD = "card";
    public static final String TILE = "tile";
    public static final String TILE_VALUE = "tile-value";
    public static final String TILE_LABEL = "tile-label";
    public static final String SIDEBAR = "sidebar";
    /** A sidebar button with something waiting (the Alerts badge). */
    public static final String BADGE = "badge";
    public static final String ALERT_OPEN = "alert-open";
    /** A table whose column headers wrap onto a second line instead of ending in "…". */
    public static final String WRAPPED_HEADERS = "wrapped-headers";
    public static final String HEADER = "header";
    public static final String WORKSPACE_NAME = "workspace-name";
    /** AtlantaFX's class for the one button that does the screen's main thing. */
    public static final String PRIMARY = atlantafx.base.theme.Styles.ACCENT;

    private Styles() {
    }

    /**
     * Gives a window's scene or root the app's stylesheet. Its rules use the theme's colours, so the
     * app must wear a theme: the one in use, unless something set it already.
     */
    public static void applyTo(java.util.List<String> stylesheets) {
        Appearance.wearIfNone();
        stylesheets.add(Styles.class.getResource(STYLESHEET).toExternalForm());
    }
}
