package org.uptake.outreach;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.uptake.model.Evidence;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.struggle.StruggleCluster;

/**
 * A practical tip that follows from what a struggle signal shows, where and on which platform, in
 * words about the product rather than the person: a drag handle wants a press and hold, a button one
 * click and a moment, an undo loop a word on undo. When nothing specific is known (an abandoned step,
 * an error, an element of unknown kind) there is no tip: none is better than a wrong one.
 */
public final class Tips {

    private static final List<String> DRAG = List.of("drag", "handle", "grip", "resize", "slider", "reorder");
    private static final List<String> BUTTON = List.of("button", "btn", "save", "submit", "apply", "send", "confirm", "export");

    private Tips() {
    }

    /** The tip for one kind of signal on a target, worded for the platform (null: unknown), or null when none fits. */
    public static String forSignal(SignalKind kind, String target, String platform) {
        if (kind == null) {
            return null;
        }
        boolean touch = touch(platform);
        return switch (kind) {
            case RAGE_CLICKS -> rageClick(target, touch);
            case UNDO_LOOP -> "Undo steps back one change at a time and redo brings it back, so you can try a change safely.";
            default -> null;
        };
    }

    /** The tip for what a cluster's struggling people show most, on the cluster's platform unless one is given. */
    public static String forCluster(StruggleCluster cluster, String platform) {
        return cluster == null ? null : forSignal(cluster.mainSignal(), cluster.mainTarget(), platform != null ? platform : cluster.platform());
    }

    /** The tip for a person's own signals: the first of them, by weight, that has one. */
    public static String forPerson(List<Signal> signals, String platform) {
        return signals.stream().sorted(Comparator.comparingInt((Signal s) -> -s.kind().weight()).thenComparing(Signal::at))
                .map(s -> forSignal(s.kind(), target(s), platform)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String rageClick(String target, boolean touch) {
        if (target == null) {
            return null;
        }
        String t = target.toLowerCase(Locale.ROOT);
        String element = element(target);
        if (DRAG.stream().anyMatch(t::contains)) {
            return touch ? "On a phone or tablet, press and hold the " + element + " for a moment, then drag."
                    : "Press and hold the " + element + ", then drag; a quick click does not move it.";
        }
        if (BUTTON.stream().anyMatch(t::contains)) {
            return touch ? "One tap on the " + element + " is enough; it can take a moment to respond, and more taps do not speed it up."
                    : "One click on the " + element + " is enough; it can take a moment to respond, and more clicks do not speed it up.";
        }
        return null;
    }

    private static String target(Signal s) {
        return s.evidence().stream().map(Evidence::target).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean touch(String platform) {
        if (platform == null) {
            return false;
        }
        String p = platform.toLowerCase(Locale.ROOT);
        return p.contains("mobile") || p.contains("ios") || p.contains("android") || p.contains("ipad") || p.contains("tablet");
    }

    /** "widget_drag_handle" reads as "widget drag handle". */
    static String element(String target) {
        return target.replace('_', ' ').replace('-', ' ').trim();
    }
}
