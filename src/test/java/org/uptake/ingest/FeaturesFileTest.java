package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;
import org.uptake.workspace.FeatureVersions;
import org.uptake.workspace.Workspace;

/** The editor's save: the importer's rules name the field at fault, and a change is a new version that keeps the old one. */
class FeaturesFileTest {

    private static Feature feature(double target, List<String> funnel) {
        return new Feature("exports", "Exports", LocalDate.of(2026, 1, 5), null, List.of(), new Feature.AdoptionGoal("export_done",
                target, 14), funnel, null, List.of(), List.of(), List.of(), null);
    }

    @Test
    void theImportersRulesNameTheFieldAtFault() {
        assertEquals("feature exports: adoption.target must be a share between 0 and 1 (it is 1.5)",
                FeatureRules.problem(feature(1.5, List.of())));
        assertEquals("feature exports: funnel does not include the adoption event 'export_done'",
                FeatureRules.problem(feature(0.2, List.of("export_opened"))));
        assertNull(FeatureRules.problem(feature(0.2, List.of("export_opened", "export_done"))));
    }

    @Test
    void aRefusedSaveStoresNothingAndAChangeKeepsTheOldVersion(@TempDir Path temp) throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Importer importer = new Importer(workspace);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> FeaturesFile.save(importer, feature(1.5, List.of()), temp));
            assertEquals("feature exports: adoption.target must be a share between 0 and 1 (it is 1.5)", refused.getMessage());
            FeatureVersions versions = new FeatureVersions(workspace);
            assertEquals(List.of(), versions.history("exports"));

            FeaturesFile.save(importer, feature(0.2, List.of()), temp);
            FeaturesFile.save(importer, feature(0.2, List.of()), temp);
            FeaturesFile.save(importer, feature(0.3, List.of()), temp);
            List<FeatureVersion> history = versions.history("exports");
            assertEquals(List.of(1, 2), history.stream().map(FeatureVersion::version).toList(), "saving the same definition adds no version");
            assertEquals(List.of("defined (editor-exports.json)", "adoption (editor-exports.json)"),
                    history.stream().map(FeatureVersion::whatChanged).toList());
            assertEquals(0.2, FeaturesFile.parse(history.get(0).definition()).adoption().target());
            assertEquals(List.of(feature(0.3, List.of())), FeaturesFile.stored(workspace));
        }
    }
}
