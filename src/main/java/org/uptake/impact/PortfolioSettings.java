package org.uptake.impact;

import org.uptake.workspace.SettingsSection;

/**
 * The portfolio's settings, kept in a workspace as the settings section {@code portfolio}.
 *
 * @param sunsetWeeks the latest complete weeks whose adopter retention the decline test reads for a sunset review (at least 3 count)
 */
public record PortfolioSettings(int sunsetWeeks) {

    public static final PortfolioSettings DEFAULTS = new PortfolioSettings(6);

    /** Where a workspace keeps them. */
    public static final SettingsSection<PortfolioSettings> SECTION = new SettingsSection<>("portfolio", PortfolioSettings.class, DEFAULTS);
}
