package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** The committed sample scenario imports with exactly the counts its truth.json planted. */
class SampleImportTest {

    static final Path SAMPLE = Path.of("sample-workspaces", "dashboard-customization");

    @Test
    void theSampleImportsWithTheCountsOfItsTruth(@TempDir Path temp) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(SAMPLE.resolve("truth.json").toFile());
        JsonNode dashboard = truth.get("features").get(0);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            List<ImportResult> results = new Importer(workspace).importFolder(SAMPLE, Progress.NONE);
            long duplicates = results.stream().filter(r -> r.kind() == SourceKind.EVENTS).mapToLong(ImportResult::duplicates).sum();
            long quarantined = results.stream().mapToLong(ImportResult::quarantined).sum();
            JsonNode files = truth.get("files");
            assertEquals(files.at("/events-web.csv.gz/duplicateRows").asLong() + files.at("/events-mobile.jsonl.gz/duplicateRows").asLong(),
                    duplicates);
            assertEquals(files.at("/events-web.csv.gz/malformedRows").asLong() + files.at("/events-mobile.jsonl.gz/malformedRows").asLong(),
                    quarantined);
            assertEquals(files.get("distinctEvents").asLong(), Fixtures.eventCount(workspace));
            assertEquals(truth.at("/scenario/users").asLong(), Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person"));
            assertEquals(files.at("/tickets.csv/rows").asLong(), Fixtures.scalar(workspace, "SELECT COUNT(*) FROM ticket"));
            assertEquals(files.at("/outreach-history.csv/rows").asLong(), Fixtures.scalar(workspace, "SELECT COUNT(*) FROM campaign_contact"));
            assertEquals(dashboard.get("activePeople").asLong(), Fixtures.activeDays(workspace).stream()
                    .filter(r -> r.split("\\|")[1].compareTo("2026-03-02") >= 0).map(r -> r.split("\\|")[0]).distinct().count());
            assertEquals(dashboard.get("adopters").asLong(), Fixtures.scalar(workspace,
                    "SELECT COUNT(*) FROM person_feature WHERE feature_key = 'dashboard-customization' AND first_adoption IS NOT NULL"));
            assertEquals(3, Fixtures.scalar(workspace, "SELECT COUNT(*) FROM feature WHERE brief IS NOT NULL"));
            assertEquals(0, Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person WHERE anonymous"));
        }
    }
}
