package org.uptake.watch;

import java.util.List;
import org.uptake.workspace.SettingsSection;
import org.uptake.workspace.WorkspaceSettings;

/**
 * How the watch runs in one workspace, the settings section {@code watch} (one JSON document):
 * the inbox folders, each alert rule's threshold, the significance level every rule's test must pass,
 * and where the digest goes. A field the document leaves out takes its default.
 *
 * @param inboxes          folders whose new files import by themselves
 * @param periodDays       the comparison period: the last this many data days against the ones before
 * @param alpha            a rule fires only when its test's p-value is below this (a test per rule and day, so kept strict)
 * @param minPeople        people a period needs before a rule tests it
 * @param paceShortfall    how far below pace (a share of the pace) the target audience's adoption must be
 * @param struggleRise     how many points the struggle share must rise against the previous period
 * @param ticketRise       by how much (a share) the ticket rate about a feature must rise
 * @param useDecline       by how much (a share) a feature's weekly users must fall week on week
 * @param proactiveDays    the rolling window of the digest's "struggled visibly before the ticket" figure
 * @param digestFormats    the digest files written after each refresh: any of md, html, pdf
 * @param digestEmail      the analyst's own address the digest is mailed to (none: not mailed)
 */
public record WatchSettings(List<String> inboxes, int periodDays, double alpha, int minPeople, double paceShortfall,
        double struggleRise, double ticketRise, double useDecline, int proactiveDays, List<String> digestFormats, String digestEmail) {

    public static final String KEY = "watch";
    public static final WatchSettings DEFAULTS = new WatchSettings(List.of(), 14, 0.01, 20, 0.25, 0.05, 0.5, 0.2, 28,
            List.of("md", "html"), null);

    /** Where a workspace keeps them: the settings section {@code watch}. */
    public static final SettingsSection<WatchSettings> SECTION = new SettingsSection<>(KEY, WatchSettings.class, DEFAULTS);

    public WatchSettings {
        inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
        digestFormats = digestFormats == null ? List.of() : List.copyOf(digestFormats);
        if (periodDays < 1 || !(alpha > 0 && alpha < 1) || minPeople < 1 || paceShortfall < 0 || struggleRise < 0 || ticketRise < 0
                || !(useDecline > 0 && useDecline < 1) || proactiveDays < 1) {
            throw new IllegalArgumentException("Watch settings out of range: " + this);
        }
        for (String format : digestFormats) {
            if (!List.of("md", "html", "pdf").contains(format)) {
                throw new IllegalArgumentException("The digest format '" + format + "' is none of md, html, pdf.");
            }
        }
    }

    /** The same settings with other inbox folders. */
    public WatchSettings withInboxes(List<String> folders) {
        return new WatchSettings(folders, periodDays, alpha, minPeople, paceShortfall, struggleRise, ticketRise, useDecline, proactiveDays,
                digestFormats, digestEmail);
    }

    /** The workspace's settings: its stored document over the defaults. */
    public static WatchSettings of(WorkspaceSettings settings) {
        return settings.read(SECTION);
    }

    public void save(WorkspaceSettings settings) {
        settings.write(SECTION, this);
    }
}
