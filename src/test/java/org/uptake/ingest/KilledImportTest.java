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

    /**
     * What a crash once left (the sweep below found it): a block of the killed import whose batch row
     * was gone, so deleting the unfinished import by batch id missed it. Opening takes it back too.
     */
    @Test
    void rowsOfAnImportTheWorkspaceDoesNotListAreTakenBackOnOpen(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("ws");
        List<Object> before;
        try (Workspace workspace = Workspace.create(folder)) {
            Importer importer = new Importer(workspace);
            importer.importFile(importer.plan(Fixtures.text(temp, "first.csv",
                    "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\nu2,2026-03-04T10:00:00Z,open\n")), Progress.NONE);
            before = snapshot(workspace);
            Fixtures.execute(workspace, "INSERT INTO event_block (bucket, batch_id, events, first_ts, last_ts, data)"
                    + " SELECT bucket, 77, events, first_ts, last_ts, data FROM event_block");
            Fixtures.execute(workspace, "INSERT INTO event_key_block (batch_id, dedupe_keys) SELECT 77, dedupe_keys FROM event_key_block");
            // A person the unlisted import created (found so by the kill sweep), and the alias that points at them.
            Fixtures.execute(workspace, "INSERT INTO person (id, user_id, anonymous, batch_id) VALUES (9001, 'u-from-77', FALSE, 77)");
            Fixtures.execute(workspace, "INSERT INTO person_alias (anonymous_id, person_id) VALUES ('anon-77', 9001)");
            assertEquals(List.of("77"), Fixtures.rows(workspace, "SELECT DISTINCT batch_id FROM event_block WHERE batch_id = 77"));
        }
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(before, snapshot(workspace));
            assertEquals(List.of("1"), Fixtures.rows(workspace, "SELECT DISTINCT batch_id FROM event_block"));
            assertEquals(List.of("2"), Fixtures.rows(workspace, "SELECT COUNT(*) FROM person"));
            assertEquals(List.of("0"), Fixtures.rows(workspace, "SELECT COUNT(*) FROM person_alias WHERE anonymous_id = 'anon-77'"));
        }
    }

    /**
     * A two-file import killed at a sweep of moments, the last ones while the second file commits or
     * just after: the workspace reopens as before the import, after the first file, or after both,
     * never with part of a file. (It once found a block of the second file whose batch row was gone;
     * {@link #rowsOfAnImportTheWorkspaceDoesNotListAreTakenBackOnOpen} pins that case.)
     */
    @Test
    void aTwoFileImportKilledAnywhereLeavesWholeFilesOnly(@TempDir Path temp) throws Exception {
        Path template = temp.resolve("template");
        try (Workspace workspace = Workspace.create(template)) {
            Importer importer = new Importer(workspace);
            // Accounts, not people: the people file then takes the bulk path of a workspace without people,
            // which sets the index by account aside, writes its first chunk behind reading, and commits when
            // it builds the index again (issue 20).
            importer.importFile(importer.plan(Fixtures.text(temp, "first.csv", "account_id,name\na1,Acme\n")), Progress.NONE);
        }
        Path people = Fixtures.text(temp, "people.csv", "user_id,account_id,segment\n" + "u1,a1,smb\n".repeat(1)
                + java.util.stream.IntStream.range(2, PeopleWriter.CHUNK + 3000).mapToObj(i -> "u" + i + ",a" + (i % 40) + ",smb\n")
                        .collect(java.util.stream.Collectors.joining()));
        Path events = temp.resolve("events.csv");
        try (BufferedWriter out = Files.newBufferedWriter(events)) {
            out.write("user_id,timestamp,event,properties\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("u" + (i % 3000) + "," + (1_772_532_000_000L + i * 997L) + ",open,{}\n");
            }
        }
        List<List<Object>> whole = new ArrayList<>();
        Path reference = copy(template, temp.resolve("reference"));
        try (Workspace workspace = Workspace.open(reference)) {
            whole.add(snapshot(workspace));
            Importer importer = new Importer(workspace);
            importer.importFile(importer.plan(people), Progress.NONE);
            whole.add(snapshot(workspace));
            importer.importFile(importer.plan(events), Progress.NONE);
            whole.add(snapshot(workspace));
        }
        // The kill moments are fractions of how long the whole import takes on this machine now, and
        // every run that finishes before its kill re-measures that time: a loaded machine moves the
        // moments with it. Fractions: twelve even steps, then eight over the last stretch, where the
        // second file's final commit happens. It goes on until 16 kills hit a running import.
        long wholeMs = killAt(temp, template, 0, 600_000, events, people, whole);
        assertTrue(wholeMs > 0, "the uninterrupted import finished");
        List<Double> fractions = new ArrayList<>();
        for (int step = 1; step <= 12; step++) {
            fractions.add(step / 12.0);
        }
        for (int step = 0; step < 8; step++) {
            fractions.add((85 + step * 3) / 100.0);
        }
        int run = 1;
        int hits = 0;
        while (hits < 16 && run <= 48) {
            long delay = Math.round(wholeMs * fractions.get((run - 1) % fractions.size()));
            long finishedIn = killAt(temp, template, run++, delay, events, people, whole);
            if (finishedIn > 0) {
                wholeMs = finishedIn;
            } else {
                hits++;
            }
        }
        assertTrue(hits >= 16, "only " + hits + " of " + (run - 1) + " kills hit a running import");
    }

    /**
     * Imports both files in a child process killed after {@code delayMs}, then checks the workspace
     * holds whole files only. Returns how long the import took when it finished before the kill, else 0.
     */
    private static long killAt(Path temp, Path template, int run, long delayMs, Path events, Path people, List<List<Object>> whole)
            throws Exception {
        Path folder = copy(template, temp.resolve("run" + run));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Events first on the command line: the import puts people first anyway (dependency order).
        Path log = temp.resolve("child" + run + ".log");
        long started = System.nanoTime();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.uptake.app.Main",
                "import", folder.toString(), events.toString(), people.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
        long tookMs = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        if (finished) {
            assertEquals(0, child.exitValue(), "the import failed: " + Files.readString(log));
        }
        try (Workspace workspace = Workspace.open(folder)) {
            List<Object> state = snapshot(workspace);
            assertTrue(whole.contains(state), "killed after " + delayMs + " ms, the import left part of a file: " + state + " not one of " + whole);
        }
        return finished ? tookMs : 0;
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("workspace.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
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
        state.add(Fixtures.rows(workspace, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'PERSON' ORDER BY INDEX_NAME"));
        return state;
    }
}
