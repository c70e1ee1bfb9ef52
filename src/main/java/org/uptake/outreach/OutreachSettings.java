package org.uptake.outreach;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.uptake.workspace.SettingsSection;
import org.uptake.workspace.WorkspaceSettings;

/**
 * The outreach policy of DESIGN §6, kept in a workspace as the settings section {@code outreach}
 * (a setting's name is {@code outreach.} and its JSON property, as {@code outreach set} takes it).
 *
 * @param inAppActiveDays  active within this many days of the data's last day: in-app, else email
 * @param capDays          a person is contacted at most once in this many days, across all features
 * @param holdoutShare     the share of every audience held out as the control group
 * @param csmTiers         account tiers whose people get a CSM task instead of a message
 * @param csmMinArr        ... and accounts with at least this ARR
 * @param allowObserved    the analyst allows "we noticed you…" phrasing
 * @param llmUrl           an OpenAI-compatible endpoint (e.g. a local Ollama); empty: templates only
 * @param llmApiKey        its key, and {@code smtpPassword}: from {@link Secrets}, never stored in the workspace
 * @param priority         each feature's outreach priority by key (default 0): the higher wins a person both want
 */
public record OutreachSettings(int inAppActiveDays, int capDays, double holdoutShare, Set<String> csmTiers, double csmMinArr,
        boolean allowObserved, @JsonProperty("llm.url") String llmUrl, @JsonProperty("llm.model") String llmModel,
        @JsonIgnore String llmApiKey, @JsonProperty("smtp.host") String smtpHost, @JsonProperty("smtp.port") int smtpPort,
        @JsonProperty("smtp.user") String smtpUser, @JsonIgnore String smtpPassword, String sender, Map<String, Integer> priority) {

    public static final OutreachSettings DEFAULTS = new OutreachSettings(7, 14, 0.10, Set.of("strategic"), 250_000, false,
            "", "llama3.1", "", "", 25, "", "", "product@example.com", Map.of());

    /** Where a workspace keeps them. */
    public static final SettingsSection<OutreachSettings> SECTION = new SettingsSection<>("outreach", OutreachSettings.class, DEFAULTS);

    public OutreachSettings {
        if (holdoutShare < 0 || holdoutShare >= 1 || capDays < 0 || inAppActiveDays < 1) {
            throw new IllegalArgumentException("Outreach settings out of range: hold-out share in [0, 1), cap days ≥ 0, in-app days ≥ 1.");
        }
        TreeSet<String> tiers = new TreeSet<>();
        (csmTiers == null ? Set.<String>of() : csmTiers).forEach(t -> tiers.add(t.toLowerCase(Locale.ROOT)));
        csmTiers = Collections.unmodifiableSortedSet(tiers);
        priority = Collections.unmodifiableSortedMap(new TreeMap<>(priority == null ? Map.of() : priority));
        llmApiKey = llmApiKey == null ? "" : llmApiKey;
        smtpPassword = smtpPassword == null ? "" : smtpPassword;
    }

    /** The workspace's settings, with the secrets from the environment or the config folder (never the workspace). */
    public static OutreachSettings of(WorkspaceSettings stored, Secrets secrets) {
        OutreachSettings s = stored.read(SECTION);
        return new OutreachSettings(s.inAppActiveDays, s.capDays, s.holdoutShare, s.csmTiers, s.csmMinArr, s.allowObserved, s.llmUrl,
                s.llmModel, secrets.get(Secrets.LLM_API_KEY).orElse(""), s.smtpHost, s.smtpPort, s.smtpUser,
                secrets.get(Secrets.SMTP_PASSWORD).orElse(""), s.sender, s.priority);
    }

    /** A feature's outreach priority (default 0). */
    public int priorityOf(String featureKey) {
        return priority.getOrDefault(featureKey, 0);
    }
}
