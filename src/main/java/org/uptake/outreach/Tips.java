package org.uptake.outreach;

import java.util.Locale;

/**
 * A practical tip for what a struggle cluster shows, in words about the product rather than the
 * person: a long-press tip where mobile people rage-click an element, a word on undo where
 * people loop through undo and redo.
 */
public final class Tips {

    private Tips() {
    }

    /**
     * The tip for a cluster label ("mobile · … · rage clicks on widget_drag_handle"), worded for the
     * person's platform (null: the cluster's), or null when none applies.
     */
    public static String forCluster(String label, String platform) {
        if (label == null) {
            return null;
        }
        String l = label.toLowerCase(Locale.ROOT);
        String p = platform == null ? l : platform.toLowerCase(Locale.ROOT);
        boolean mobile = p.contains("mobile") || p.contains("ios") || p.contains("android");
        int rage = l.indexOf("rage clicks on ");
        if (rage >= 0) {
            String target = element(label.substring(rage + "rage clicks on ".length()).split(" · ")[0]);
            return mobile ? "On a phone or tablet, press and hold the " + target + " for a moment, then drag."
                    : "Press and hold the " + target + ", then drag; a quick click does not move it.";
        }
        if (l.contains("undo/redo")) {
            return "Undo steps back one change at a time, so you can try a layout and go back.";
        }
        return null;
    }

    /** "widget_drag_handle" reads as "widget drag handle". */
    static String element(String target) {
        return target.replace('_', ' ').replace('-', ' ').trim();
    }
}
