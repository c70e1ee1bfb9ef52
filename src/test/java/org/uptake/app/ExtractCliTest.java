package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.extract.HandBuiltExtract;

/** A Spark extract on the command line: imported whole from its folder, its exact adoption printed before the sample's. */
class ExtractCliTest {

    @TempDir
    Path temp;

    @Test
    void anExtractFolderImportsWholeAndAdoptionSaysWhatIsExact() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        CliRun imported = CliRun.of("import", workspace.toString(), HandBuiltExtract.folder(temp, 1).toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(List.of("features.json", "people.csv.gz", "events.csv.gz", "figures.csv.gz"),
                imported.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(':'))).toList());

        CliRun adoption = CliRun.of("adoption", workspace.toString(), "--feature", "bulk-edit");
        assertEquals(0, adoption.exitCode(), adoption.err());
        List<String> lines = adoption.out().lines().toList();
        assertEquals("Counted exactly on cluster yarn-prod over all 10 people (2026-05-01 – 2026-05-06): 3 of 7 active people"
                + " adopted it (42.9%). Figures not marked as counted exactly come from a sample of 2 people (20.0% of everyone): 1 of 2 sampled"
                + " active people adopted it: 50% (95% interval 11%–89%).", lines.get(0));
        assertTrue(lines.get(1).startsWith("Bulk edit — "), lines.get(1));
    }

    @Test
    void aNewerExtractIsRefusedWithOneLine() throws Exception {
        Path workspace = temp.resolve("w");
        assertEquals(0, CliRun.of("init", workspace.toString()).exitCode());
        CliRun refused = CliRun.of("import", workspace.toString(), HandBuiltExtract.folder(temp, 2).toString());
        assertEquals(1, refused.exitCode());
        assertEquals(List.of("uptake: This extract is format version 2, newer than this Uptake reads (up to 1): update Uptake to import it."),
                refused.err().lines().toList());
    }
}
