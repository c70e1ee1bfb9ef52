package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** The accounts the sample planted (truth.json "accounts") are found, ranked and explained on the imported sample. */
class AccountSampleTest {

    static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static AccountAnalysis analysis;
    static AccountAnalysis.Book book;
    static List<JsonNode> planted;

    @BeforeAll
    static void importTheSample() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        org.uptake.services.WorkspaceServices services = org.uptake.TestServices.asTheAppBuildsIt(workspace);
        services.importer().importFolder(SAMPLE, Progress.NONE);
        analysis = services.accounts();
        book = analysis.book();
        planted = new ArrayList<>();
        new ObjectMapper().readTree(SAMPLE.resolve("truth.json").toFile()).at("/accounts/planted").forEach(planted::add);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void thePlantedAtRiskAccountsAreTheTopOfTheListByArr() {
        List<String> expected = planted(List.of("activity-decline", "feature-stopped", "tickets")).stream()
                .sorted(Comparator.comparingDouble((JsonNode p) -> -p.get("arrOnLastDay").asDouble()))
                .map(p -> p.get("accountId").asText()).toList();
        assertEquals(15, expected.size());
        assertEquals(expected, book.atRisk().stream().limit(expected.size()).map(AccountHealth::accountId).toList());
    }

    @Test
    void eachCarriesTheReasonItWasPlantedFor() {
        Map<String, AccountHealth> byId = book.accounts().stream().collect(Collectors.toMap(AccountHealth::accountId, Function.identity()));
        for (JsonNode p : planted(List.of("activity-decline", "feature-stopped", "tickets"))) {
            AccountHealth a = byId.get(p.get("accountId").asText());
            RiskReason.Kind kind = switch (p.get("cause").asText()) {
                case "activity-decline" -> RiskReason.Kind.ACTIVITY_DECLINE;
                case "feature-stopped" -> RiskReason.Kind.FEATURE_STOPPED;
                default -> RiskReason.Kind.STRUGGLES_AND_TICKETS;
            };
            assertEquals(List.of(kind + " " + (p.has("feature") ? p.get("feature").asText() : "")),
                    a.reasons().stream().map(r -> r.kind() + " " + r.featureKey()).toList(), a.accountId());
            assertEquals(p.get("arrOnLastDay").asDouble(), a.arr(), a.accountId());
        }
    }

    @Test
    void healthyChurnedAndSmallAccountsAreWhatThePlantSays() {
        Map<String, Band> bands = book.accounts().stream().collect(Collectors.toMap(AccountHealth::accountId, AccountHealth::band));
        for (JsonNode p : planted(List.of("healthy", "churned", "too-small"))) {
            Band expected = switch (p.get("cause").asText()) {
                case "healthy" -> Band.HEALTHY;
                case "churned" -> Band.CHURNED;
                default -> Band.TOO_SMALL;
            };
            assertEquals(expected, bands.get(p.get("accountId").asText()), p.get("accountId").asText());
        }
        assertEquals("too small to score", Band.TOO_SMALL.label());
    }

    @Test
    void thePredictionFigureIsReported() {
        // Scored as of 16 February: the two churned accounts (quiet since January) and the two that cut their ARR on 9 March.
        assertEquals("scored as of 2026-02-16: AUC 0.54 over 215 accounts (4 churned or downgraded after); 2 of the 4 at risk then did"
                + " (precision 50%)", analysis.prediction().summary());
    }

    private static List<JsonNode> planted(List<String> causes) {
        return planted.stream().filter(p -> causes.contains(p.get("cause").asText())).toList();
    }
}
