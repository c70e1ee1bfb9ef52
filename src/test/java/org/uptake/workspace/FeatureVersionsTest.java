package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.FeatureVersion;

/** V20 on a workspace of schema 18: each feature defined before it gets its stored definition as version 1; and what changed between two. */
class FeatureVersionsTest {

    @TempDir
    Path temp;

    @Test
    void featuresOfAnOlderWorkspaceStartAtVersionOne() throws SQLException {
        Path folder = temp.resolve("old");
        JdbcDataSource dataSource = OlderWorkspace.at(folder, "18");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO feature (feature_key, name, launched_at, definition) VALUES"
                    + " ('boards', 'Boards', DATE '2026-01-05', '{\"key\":\"boards\"}')");
        }
        try (Workspace workspace = Workspace.open(folder)) {
            List<FeatureVersion> history = new FeatureVersions(workspace).history("boards");
            assertEquals(List.of("1 import defined {\"key\":\"boards\"}"), history.stream()
                    .map(v -> v.version() + " " + v.changedBy() + " " + v.whatChanged() + " " + v.definition()).toList());
            assertEquals(1, new FeatureVersions(workspace).current("boards"));
            assertEquals(0, new FeatureVersions(workspace).current("other"));
            assertEquals(history.get(0), new FeatureVersions(workspace).latest("boards").orElseThrow());
            assertEquals(java.util.Optional.empty(), new FeatureVersions(workspace).latest("other"));
        }
    }

    @Test
    void anAnalysisNamesTheVersionAndTheDayItWasSavedInUtc() {
        assertEquals("definition v3, 29 Nov 2026", new FeatureVersion("boards", 3, "{}", "ana", java.time.Instant.parse("2026-11-29T23:30:00Z"),
                "adoption").label());
        assertEquals("definition v12, 1 Dec 2026", new FeatureVersion("boards", 12, "{}", "ana", java.time.Instant.parse("2026-12-01T00:00:00Z"),
                "funnel").label());
    }

    @Test
    void whatChangedNamesTheTopLevelFieldsAndTreatsMissingAsEmpty() {
        assertEquals(List.of("name", "funnel"), FeatureVersions.changedFields(
                "{\"key\":\"a\",\"name\":\"A\",\"funnel\":[\"x\"],\"legacyEvents\":[]}",
                "{\"key\":\"a\",\"name\":\"B\",\"funnel\":[\"x\",\"y\"]}"));
        assertEquals(List.of("nothing"), FeatureVersions.changedFields("{\"key\":\"a\",\"brief\":null}", "{\"key\":\"a\"}"));
    }
}
