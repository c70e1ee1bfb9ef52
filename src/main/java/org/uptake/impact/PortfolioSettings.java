package org.uptake.impact;

import org.uptake.workspace.SettingsSection;

/**
 * The portfolio's settings, kept in a workspace as the settings section {@code portfolio}.
 *
 * @param sunsetWeeks complete weeks in a row of falling weekly users that flag a sunset review (at least 2 count)
 */
public record PortfolioSettings(int sunsetWeeks) {

    public static final PortfolioSettings DEFAULTS = new PortfolioSettings(4);

    /** Where a workspace keeps them. */
    public static final SettingsSection<PortfolioSettings> SECTION = new SettingsSection<>("portfolio", PortfolioSettings.class, DEFAULTS);
}
