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

    private static final int CLICK = 1;
    private static final int UNDO_REDO = 2;
    private static final int ERROR = 4;
    /** Names already told, by their kinds: a window's detectors ask about every event's name, of some dozens of names. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many names (a workspace of generated names) each name is told afresh rather than remembered. */
    private static final int REMEMBERED = 4096;

    static boolean isClick(String name) {
        return (kinds(name) & CLICK) != 0;
    }

    static boolean isUndoRedo(String name) {
        return (kinds(name) & UNDO_REDO) != 0;
    }

    static boolean isError(String name) {
        return (kinds(name) & ERROR) != 0;
    }

    private static int kinds(String name) {
        Integer known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        int kinds = tell(name);
        if (KNOWN.size() < REMEMBERED) {
            KNOWN.put(name, kinds);
        }
        return kinds;
    }

    private static int tell(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int kinds = 0;
        if (n.contains("click") || n.equals("tap") || n.endsWith("_tap") || n.endsWith("_tapped") || n.equals("$autocapture")) {
            kinds |= CLICK;
        }
        if (n.contains("undo") || n.contains("redo")) {
            kinds |= UNDO_REDO;
        }
        if (n.contains("error") || n.contains("exception") || n.contains("crash") || n.endsWith("_failed")) {
            kinds |= ERROR;
        }
        return kinds;
    }
}
