package org.uptake.gui.chart;

import java.util.Locale;

/** An event name as a reader says it: "widget_moved" → "Widget moved", "dashboardEditOpened" → "Dashboard edit opened". */
public final class StepNames {

    private StepNames() {
    }

    public static String readable(String event) {
        String spaced = event.strip().replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_\\-.$]+", " ").strip();
        if (spaced.isEmpty()) {
            return event;
        }
        String lower = spaced.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
