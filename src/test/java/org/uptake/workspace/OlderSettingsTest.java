package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.impact.PortfolioSettings;
import org.uptake.outreach.OutreachSettings;
import org.uptake.struggle.StruggleSettings;

/** A workspace saved by an older Uptake (one row per setting) keeps every value it held. */
class OlderSettingsTest {

    @TempDir
    Path dir;

    @Test
    void oldStyleRowsKeepTheirValuesInEverySection() {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceSettings stored = workspace.settings();
            // As StruggleSettings.save, OutreachSettings' key list and Portfolio wrote them before settings were documents.
            stored.put("struggle.rageClicks", "5");
            stored.put("struggle.undoWindowMs", "45000");
            stored.put("struggle.ticketSimilarity", "0.4");
            stored.put("struggle.rageClickIgnore", "zoom_in, next_page");
            stored.put("outreach.capDays", "21");
            stored.put("outreach.holdoutShare", "0.2");
            stored.put("outreach.csmTiers", "Strategic, enterprise");
            stored.put("outreach.allowObserved", "true");
            stored.put("outreach.llm.url", "http://localhost:11434/v1");
            stored.put("outreach.smtp.port", "2525");
            stored.put("outreach.priority.widgets", "5");
            stored.put("portfolio.sunsetWeeks", "6");

            StruggleSettings d = StruggleSettings.DEFAULTS;
            assertEquals(new StruggleSettings(5, d.rageWindowMs(), d.rageDistancePx(), d.undoCount(), 45_000, d.contextMinutes(),
                    d.workaroundDays(), 0.4, d.abandonedAttempts(), d.minClusterPeople(), d.falseDiscoveryRate(),
                    List.of("zoom_in", "next_page")), stored.read(StruggleSettings.SECTION));
            OutreachSettings o = OutreachSettings.DEFAULTS;
            assertEquals(new OutreachSettings(o.inAppActiveDays(), 21, 0.2, Set.of("enterprise", "strategic"), o.csmMinArr(), true,
                    "http://localhost:11434/v1", o.llmModel(), "", o.smtpHost(), 2525, o.smtpUser(), "", o.sender(),
                    Map.of("widgets", 5)), stored.read(OutreachSettings.SECTION));
            assertEquals(new PortfolioSettings(6), stored.read(PortfolioSettings.SECTION));

            stored.set(OutreachSettings.SECTION, "outreach.capDays", "28");
            assertEquals(Optional.empty(), stored.get("outreach.priority.widgets"), "the document holds it now");
            assertEquals(Map.of("widgets", 5), stored.read(OutreachSettings.SECTION).priority());
            assertEquals(28, stored.read(OutreachSettings.SECTION).capDays());
            assertEquals(2525, stored.read(OutreachSettings.SECTION).smtpPort());
        }
    }

    @Test
    void secretsAreNeverPartOfTheOutreachDocument() {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceSettings stored = workspace.settings();
            OutreachSettings o = OutreachSettings.DEFAULTS;
            stored.write(OutreachSettings.SECTION, new OutreachSettings(o.inAppActiveDays(), o.capDays(), o.holdoutShare(), o.csmTiers(),
                    o.csmMinArr(), o.allowObserved(), o.llmUrl(), o.llmModel(), "sk-secret", o.smtpHost(), o.smtpPort(), o.smtpUser(),
                    "hunter2", o.sender(), o.priority()));
            String document = stored.get("outreach").orElseThrow();
            assertEquals(false, document.contains("sk-secret") || document.contains("hunter2"), document);
            assertEquals("", stored.read(OutreachSettings.SECTION).smtpPassword());
        }
    }
}
