package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.account.AccountAnalysisTest;

/** {@code uptake accounts} and {@code uptake account} on the six hand-built accounts of {@link AccountAnalysisTest}. */
class AccountsCliTest {

    @TempDir
    Path temp;

    @Test
    void theAtRiskListAsJsonWithTheBookPerOwner() throws Exception {
        AccountAnalysisTest.fixture(temp).close();
        CliRun run = CliRun.of("accounts", temp.resolve("ws").toString(), "--band", "at-risk", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.MAPPER.readTree(run.out());
        List<String> rows = new ArrayList<>();
        json.get("accounts").forEach(a -> rows.add(a.get("accountId").asText() + " " + a.get("owner").asText() + " "
                + a.get("arr").asInt() + " " + a.get("people").asInt() + "/" + a.get("activePeople").asInt() + " "
                + a.get("health").asInt() + " " + a.get("band").asText() + " " + a.get("reasons").size()));
        // The real struggle analysis finds nobody struggling here (the analysis test stubs t1 in): Tickets Co scores
        // (30 + 25 + 15 × (1 − 5 tickets ÷ 5 active)) ÷ 70 = 79.
        assertEquals(List.of("A1 Kim 500000 6/2 26 at-risk 1", "A2 Kim 300000 5/5 100 at-risk 1", "A3 Lee 100000 5/5 79 at-risk 1"), rows);
        assertEquals(-2 / 3.0, json.get("accounts").get(0).get("activeTrend").asDouble(), 1e-12);
        assertEquals("Kim", json.get("bookOfBusiness").get(0).get("owner").asText());
        assertEquals(800_000, json.get("bookOfBusiness").get(0).get("arrAtRisk").asInt());
        assertTrue(json.get("prediction").asText().startsWith("scored as of 2026-04-02: AUC 1.00 over 5 accounts"), run.out());
    }

    @Test
    void aSmallAccountSaysSoAndAnUnknownOneFailsInOneLine() throws Exception {
        AccountAnalysisTest.fixture(temp).close();
        CliRun small = CliRun.of("account", temp.resolve("ws").toString(), "A5");
        assertEquals(0, small.exitCode(), small.err());
        assertTrue(small.out().contains("health too small to score"), small.out());
        CliRun unknown = CliRun.of("account", temp.resolve("ws").toString(), "NOPE");
        assertEquals(1, unknown.exitCode());
        assertEquals("uptake: No account 'NOPE' in workspace ws", unknown.err().strip());
        CliRun badBand = CliRun.of("accounts", temp.resolve("ws").toString(), "--band", "red");
        assertEquals(2, badBand.exitCode());
    }

    @Test
    void oneAccountAsJsonWithItsPeopleAndTheirLastActiveDays() throws Exception {
        AccountAnalysisTest.fixture(temp).close();
        CliRun run = CliRun.of("account", temp.resolve("ws").toString(), "A1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertEquals("A1", json.get("account").get("accountId").asText());
        assertEquals(26, json.get("account").get("health").asInt());
        List<String> people = new ArrayList<>();
        json.get("people").forEach(p -> people.add(p.get("userId").asText() + " " + p.get("lastActive").asText()));
        // Each person's last active day as a date, and a feature nobody here adopted has no first adoption (null): both are
        // optional in the page, which the JSON writer could not print before.
        assertEquals(List.of("g1 2026-04-10", "g2 2026-04-10", "g3 2026-03-10", "g4 2026-03-10", "g5 2026-03-10", "g6 2026-03-10"),
                people);
        JsonNode reports = json.get("adoption").get(0);
        assertEquals("reports 0/6 against 5/13", reports.get("featureKey").asText() + " " + reports.get("adopters").asInt() + "/"
                + reports.get("people").asInt() + " against " + reports.get("segmentAdopters").asInt() + "/" + reports.get("segmentPeople").asInt());
        assertTrue(reports.get("firstAdopted").isNull(), run.out());
        assertEquals("ACTIVITY_DECLINE", json.get("plays").get(0).get("reason").get("kind").asText());
    }

    @Test
    void theAccountBriefAsPdfAndCsvShowsThePagesNumbers() throws Exception {
        AccountAnalysisTest.fixture(temp).close();
        Path pdf = temp.resolve("brief.pdf");
        Path csv = temp.resolve("brief-people.csv");
        CliRun run = CliRun.of("account", temp.resolve("ws").toString(), "A1", "--pdf", pdf.toString(), "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Health 26 of 100 · at risk"), text);
        assertTrue(text.contains("active people down 67%: 2 in the last 28 days, 6 in the 28 before"), text);
        assertTrue(text.contains("Check in with Falling Co: activity is falling"), text);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("account_id,account,health,band,user_id,email,role,last_active,features_used,struggling", lines.get(0));
        assertEquals(7, lines.size(), String.join("\n", lines));
    }
}
