package org.uptake.struggle;

import java.util.Locale;

/**
 * Recognises clicks, undo/redo and errors by their event names, across the naming habits of the
 * analytics tools Uptake reads ({@code element_clicked}, {@code Click}, {@code $autocapture},
 * {@code tap}; {@code undo}, {@code Redo Clicked}; {@code dashboard_render_error}, {@code $exception}).
 */
final class EventKinds {

    private EventKinds() {
    }

    static boolean isClick(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("click") || n.equals("tap") || n.endsWith("_tap") || n.endsWith("_tapped") || n.equals("$autocapture");
    }

    static boolean isUndoRedo(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("undo") || n.contains("redo");
    }

    static boolean isError(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("error") || n.contains("exception") || n.contains("crash") || n.endsWith("_failed");
    }
}
