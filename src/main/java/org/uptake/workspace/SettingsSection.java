package org.uptake.workspace;

/**
 * One section of a workspace's settings (struggle thresholds, outreach policy, portfolio…): a record
 * stored as one JSON document under {@code name}, whose defaults are {@code defaults}. A setting's
 * name, as the CLI and older workspaces spell it, is {@code name + "." + its JSON property}.
 */
public record SettingsSection<T extends Record>(String name, Class<T> type, T defaults) {

    public SettingsSection {
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("A settings section's name is one word: " + name);
        }
    }
}
