package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Issue 14 item 17: absurd feature definitions are refused with the field named; the sound one imports. */
class FeatureRulesTest {

    @TempDir
    Path temp;

    @Test
    void absurdDefinitionsAreQuarantinedNamingTheField() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Importer importer = new Importer(workspace);
            ImportResult r = importer.importFile(importer.plan(Fixtures.malformed("absurd-features.json")), Progress.NONE);
            assertEquals(List.of(7L, 1L, 6L), List.of(r.rowsRead(), r.imported(), r.quarantined()));
            assertEquals(List.of(
                    "feature huge-target: adoption.target must be a share between 0 and 1 (it is 1.0E9)",
                    "feature negative-target: adoption.target must be a share between 0 and 1 (it is -0.1)",
                    "feature no-window: adoption.withinDays must be a whole number of days from 1 to 3650 (it is 0)",
                    "feature endless-window: adoption.withinDays must be a whole number of days from 1 to 3650 (it is 4000)",
                    "feature good: key defined twice in this file (first on line 2); the first definition is kept",
                    "feature lost-funnel: funnel does not include the adoption event 'save'"),
                    r.quarantineSample().stream().map(ImportResult.QuarantinedRow::reason).toList());
            assertEquals(List.of("good|Good|0.25|30"),
                    Fixtures.rows(workspace, "SELECT feature_key, name, adoption_target, adoption_within_days FROM feature"));
        }
    }
}
