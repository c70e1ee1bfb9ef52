package org.uptake.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.uptake.workspace.WorkspaceSettings;

/**
 * How the watch runs in one workspace, stored as one JSON document under the setting {@code watch}:
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        return settings.get(KEY).map(WatchSettings::parse).orElse(DEFAULTS);
    }

    public void save(WorkspaceSettings settings) {
        try {
            settings.put(KEY, MAPPER.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the watch settings", e);
        }
    }

    static WatchSettings parse(String json) {
        try {
            ObjectNode merged = MAPPER.valueToTree(DEFAULTS);
            JsonNode stored = MAPPER.readTree(json);
            if (!stored.isObject()) {
                throw new IllegalArgumentException("The setting watch is not a JSON object: " + json);
            }
            merged.setAll((ObjectNode) stored);
            return MAPPER.treeToValue(merged, WatchSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The setting watch cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
