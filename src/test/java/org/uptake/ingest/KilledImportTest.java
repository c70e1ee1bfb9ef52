package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.Workspace;

/** A process killed in the middle of an import leaves the workspace as it was before the import started. */
class KilledImportTest {

    @Test
    void aKilledImportIsTakenBackWhenTheWorkspaceNextOpens(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("ws");
        List<Object> before;
        try (Workspace workspace = Workspace.create(folder)) {
            Importer importer = new Importer(workspace);
            importer.importFile(importer.plan(Fixtures.text(temp, "first.csv",
                    "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n")), Progress.NONE);
            before = snapshot(workspace);
        }
        Path big = temp.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            out.write("user_id,timestamp,event,properties\n");
            for (int i = 0; i < 3_000_000; i++) {
                out.write("u" + (i % 5000) + "," + (1_772_532_000_000L + i * 997L) + ",open,{}\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.uptake.app.Main",
                "import", folder.toString(), big.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        Path imports = folder.resolve(Workspace.IMPORTS_FOLDER);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !hasFile(imports, "big.csv")) {
            Thread.sleep(50);
        }
        assertTrue(hasFile(imports, "big.csv"), "the child process started importing");
        Thread.sleep(1500);
        assertTrue(child.isAlive(), "the import was still running when killed: " + Files.readString(temp.resolve("child.log")));
        child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(before, snapshot(workspace));
            // Opening deletes no file: the killed import's original stays, offered to be imported again.
            assertEquals(List.of("2-big.csv"), new KeptOriginals(workspace).unknown());
            assertEquals(Files.size(big), Files.size(workspace.importsFolder().resolve("2-big.csv")));
        }
    }

    private static boolean hasFile(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        }
    }

    private static List<Object> snapshot(Workspace workspace) throws Exception {
        List<Object> state = new ArrayList<>();
        for (String table : List.of("event_block", "event_key_block", "person", "person_activity_block", "person_profile_block", "feature_event_block", "quarantine", "import_batch", "dictionary")) {
            // Blocks are rewritten in place: their bytes, not just their count, must come back.
            String bytes = table.endsWith("_block") ? ", COALESCE(SUM(OCTET_LENGTH(" + (table.equals("event_key_block") ? "dedupe_keys" : "data")
                    + ")), 0)" : "";
            state.add(table + "=" + Fixtures.rows(workspace, "SELECT COUNT(*)" + bytes + " FROM " + table));
        }
        state.add(new KeptOriginals(workspace).verify());
        return state;
    }
}
