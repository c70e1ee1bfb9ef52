package org.uptake.gui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.awt.Color;

/** The app's two looks: AtlantaFX's Primer light and dark, with the colours charts need to match them. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(),
            new ChartColours(new Color(0xffffff), new Color(0x24292f), new Color(0x57606a), new Color(0xd0d7de))),
    DARK(new PrimerDark().getUserAgentStylesheet(),
            new ChartColours(new Color(0x0d1117), new Color(0xc9d1d9), new Color(0x8b949e), new Color(0x30363d)));

    /**
     * The theme's colours for charts: JFreeChart draws with Java2D, so it cannot read the
     * stylesheet's looked-up colours; these are Primer's -color-bg-default, -color-fg-default,
     * -color-fg-muted and -color-border-default.
     */
    public record ChartColours(Color background, Color text, Color mutedText, Color grid) {
    }

    private final String userAgentStylesheet;
    private final ChartColours chart;

    Theme(String userAgentStylesheet, ChartColours chart) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.chart = chart;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public ChartColours chart() {
        return chart;
    }
}
