package org.uptake.struggle;

import java.util.List;
import org.uptake.workspace.SettingsSection;

/**
 * The thresholds of the struggle detectors and of cluster discovery, with the defaults of DESIGN §5.
 * Stored per workspace as the settings section {@code struggle} so an analyst can tune them.
 *
 * @param rageClicks        clicks on the same target that make a rage burst
 * @param rageWindowMs      ... all within this time
 * @param rageDistancePx    ... and within this distance of the first, where coordinates exist
 * @param undoCount         undo/redo events that make a loop
 * @param undoWindowMs      ... within this time
 * @param contextMinutes    without session ids, events this close to a feature event are in its context
 * @param workaroundDays    days with legacy events after launch that make a workaround
 * @param ticketSimilarity  how close a ticket's text must be to the feature's (null: the model's default)
 * @param abandonedAttempts abandoned attempts from which abandonment alone makes a person struggling (one is
 *                          "abandoned", not struggling; any rage click, undo loop, error or ticket is)
 * @param minClusterPeople  struggling people a cluster needs before it is tested
 * @param falseDiscoveryRate the Benjamini–Hochberg level clusters must pass
 * @param rageClickIgnore   click targets where repeated clicks are normal in every feature (zoom, pagination,
 *                          +/−), besides each feature's own {@code rageClickIgnore}; a {@code *} matches any text
 */
public record StruggleSettings(int rageClicks, long rageWindowMs, double rageDistancePx, int undoCount, long undoWindowMs,
        int contextMinutes, int workaroundDays, Double ticketSimilarity, int abandonedAttempts, int minClusterPeople,
        double falseDiscoveryRate, List<String> rageClickIgnore) {

    public static final StruggleSettings DEFAULTS = new StruggleSettings(3, 1_000, 30, 4, 60_000, 30, 2, null, 2, 5, 0.05, List.of());

    /** Where a workspace keeps them. */
    public static final SettingsSection<StruggleSettings> SECTION = new SettingsSection<>("struggle", StruggleSettings.class, DEFAULTS);

    public StruggleSettings {
        rageClickIgnore = rageClickIgnore == null ? List.of()
                : rageClickIgnore.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (rageClicks < 2 || undoCount < 2 || rageWindowMs <= 0 || undoWindowMs <= 0 || minClusterPeople < 1 || abandonedAttempts < 1
                || falseDiscoveryRate <= 0 || falseDiscoveryRate >= 1) {
            throw new IllegalArgumentException("Struggle settings out of range: " + this);
        }
    }

    /** The same settings with other targets to ignore for rage clicks. */
    public StruggleSettings withRageClickIgnore(List<String> targets) {
        return new StruggleSettings(rageClicks, rageWindowMs, rageDistancePx, undoCount, undoWindowMs, contextMinutes, workaroundDays,
                ticketSimilarity, abandonedAttempts, minClusterPeople, falseDiscoveryRate, targets);
    }

    /** The same settings with another number of abandoned attempts that make a person struggling. */
    public StruggleSettings withAbandonedAttempts(int attempts) {
        return new StruggleSettings(rageClicks, rageWindowMs, rageDistancePx, undoCount, undoWindowMs, contextMinutes, workaroundDays,
                ticketSimilarity, attempts, minClusterPeople, falseDiscoveryRate, rageClickIgnore);
    }

    /** "Targets, comma separated" as the Thresholds field and the setting hold them. */
    public static List<String> targets(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\\s*,\\s*"));
    }
}
