package org.uptake.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.uptake.workspace.WorkspaceSettings;

/**
 * The outreach policy of DESIGN §6 as workspace settings ({@code outreach.*}).
 *
 * @param inAppActiveDays  active within this many days of the data's last day: in-app, else email
 * @param capDays          a person is contacted at most once in this many days, across all features
 * @param holdoutShare     the share of every audience held out as the control group
 * @param csmTiers         account tiers whose people get a CSM task instead of a message
 * @param csmMinArr        ... and accounts with at least this ARR
 * @param allowObserved    the analyst allows "we noticed you…" phrasing
 * @param llmUrl           an OpenAI-compatible endpoint (e.g. a local Ollama); empty: templates only
 * @param llmApiKey        its key, and {@code smtpPassword}: from {@link Secrets}, never stored in the workspace
 */
public record OutreachSettings(int inAppActiveDays, int capDays, double holdoutShare, Set<String> csmTiers, double csmMinArr,
        boolean allowObserved, String llmUrl, String llmModel, String llmApiKey, String smtpHost, int smtpPort,
        String smtpUser, String smtpPassword, String sender) {

    public static final OutreachSettings DEFAULTS = new OutreachSettings(7, 14, 0.10, Set.of("strategic"), 250_000, false,
            "", "llama3.1", "", "", 25, "", "", "product@example.com");

    public OutreachSettings {
        if (holdoutShare < 0 || holdoutShare >= 1 || capDays < 0 || inAppActiveDays < 1) {
            throw new IllegalArgumentException("Outreach settings out of range: hold-out share in [0, 1), cap days ≥ 0, in-app days ≥ 1.");
        }
        csmTiers = csmTiers.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The workspace's settings, with the secrets from the environment or the config folder (never the workspace). */
    public static OutreachSettings of(WorkspaceSettings s, Secrets secrets) {
        OutreachSettings d = DEFAULTS;
        try {
            return new OutreachSettings(
                    s.get("outreach.inAppActiveDays").map(Integer::parseInt).orElse(d.inAppActiveDays),
                    s.get("outreach.capDays").map(Integer::parseInt).orElse(d.capDays),
                    s.get("outreach.holdoutShare").map(Double::parseDouble).orElse(d.holdoutShare),
                    s.get("outreach.csmTiers").map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                            .collect(Collectors.toSet())).orElse(d.csmTiers),
                    s.get("outreach.csmMinArr").map(Double::parseDouble).orElse(d.csmMinArr),
                    s.get("outreach.allowObserved").map(Boolean::parseBoolean).orElse(d.allowObserved),
                    s.get("outreach.llm.url").orElse(d.llmUrl), s.get("outreach.llm.model").orElse(d.llmModel),
                    secrets.get(Secrets.LLM_API_KEY).orElse(d.llmApiKey), s.get("outreach.smtp.host").orElse(d.smtpHost),
                    s.get("outreach.smtp.port").map(Integer::parseInt).orElse(d.smtpPort),
                    s.get("outreach.smtp.user").orElse(d.smtpUser), secrets.get(Secrets.SMTP_PASSWORD).orElse(d.smtpPassword),
                    s.get("outreach.sender").orElse(d.sender));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("An outreach setting is not a number: " + e.getMessage(), e);
        }
    }

    /** The settings an analyst can change from the CLI or the Settings dialog, by name. */
    public static final Set<String> NAMES = Set.of("outreach.inAppActiveDays", "outreach.capDays", "outreach.holdoutShare",
            "outreach.csmTiers", "outreach.csmMinArr", "outreach.allowObserved", "outreach.llm.url", "outreach.llm.model",
            "outreach.llm.apiKey", "outreach.smtp.host", "outreach.smtp.port", "outreach.smtp.user", "outreach.smtp.password",
            "outreach.sender");
}
