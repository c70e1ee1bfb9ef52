package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.KeptOriginals.Status;
import org.uptake.workspace.Workspace;

/** The originals kept in imports/: copies with a checksum, never deleted by opening, importable again after a restore. */
class KeptOriginalsTest {

    private static final String MONDAY = "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n";
    /** sha256sum of MONDAY. */
    private static final String MONDAY_SHA256 = "fd010cf861fb34aa18bb4a2d528a39f68b2e8632e074f7df5703154ee57e1e02";

    @TempDir
    Path temp;

    @Test
    void aKeptOriginalIsACopyWithItsChecksumSoEditingTheSourceLeavesItAlone() throws Exception {
        Path source = Fixtures.text(temp, "monday.csv", MONDAY);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            importFile(workspace, source);
            Files.writeString(source, "user_id,timestamp,event\nu9,2026-03-04T10:00:00Z,edited\n");

            assertEquals(MONDAY, Files.readString(workspace.importsFolder().resolve("1-monday.csv")));
            assertEquals(List.of(MONDAY_SHA256), Fixtures.rows(workspace, "SELECT sha256 FROM import_batch"));
            assertEquals(List.of(new KeptOriginals.Check(1, "1-monday.csv", Status.OK)), new KeptOriginals(workspace).verify());
        }
    }

    @Test
    void verifyNamesAChangedAndAMissingOriginal() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            importFile(workspace, Fixtures.text(temp, "monday.csv", MONDAY));
            importFile(workspace, Fixtures.text(temp, "tuesday.csv", "user_id,timestamp,event\nu2,2026-03-04T10:00:00Z,open\n"));
            Files.writeString(workspace.importsFolder().resolve("1-monday.csv"), MONDAY.replace("u1", "u7"));
            Files.delete(workspace.importsFolder().resolve("2-tuesday.csv"));

            assertEquals(List.of(new KeptOriginals.Check(1, "1-monday.csv", Status.CHANGED),
                    new KeptOriginals.Check(2, "2-tuesday.csv", Status.MISSING)), new KeptOriginals(workspace).verify());
        }
    }

    @Test
    void afterRestoringAnOlderDatabaseTheLaterOriginalsStayAndImportAgainInPlace() throws Exception {
        Path folder = temp.resolve("ws");
        Path backup = temp.resolve("backup.mv.db");
        try (Workspace workspace = Workspace.create(folder)) {
            importFile(workspace, Fixtures.text(temp, "monday.csv", MONDAY));
        }
        Files.copy(folder.resolve(Workspace.DATABASE_FILE), backup);
        Path tuesday = Fixtures.text(temp, "tuesday.csv", "user_id,timestamp,event\nu2,2026-03-04T10:00:00Z,open\nu3,2026-03-04T11:00:00Z,open\n");
        try (Workspace workspace = Workspace.open(folder)) {
            importFile(workspace, tuesday);
        }
        Files.copy(backup, folder.resolve(Workspace.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);

        try (Workspace workspace = Workspace.open(folder)) {
            KeptOriginals kept = new KeptOriginals(workspace);
            assertEquals(List.of("2-tuesday.csv"), kept.unknown());
            assertEquals(1, Fixtures.eventCount(workspace));

            // The restored database hands out batch id 2 again: a new copy never lands on the kept 2-tuesday.csv.
            importFile(workspace, Fixtures.text(temp, "tuesday.csv", "user_id,timestamp,event\nu4,2026-03-05T10:00:00Z,open\n"));
            assertEquals(List.of("1-monday.csv", "2-tuesday.csv", "2.2-tuesday.csv"), names(workspace.importsFolder()));

            importFile(workspace, workspace.importsFolder().resolve("2-tuesday.csv"));
            assertEquals(List.of(), kept.unknown());
            assertEquals(List.of("1-monday.csv", "2-tuesday.csv", "2.2-tuesday.csv"), names(workspace.importsFolder()),
                    "imported again where it was kept, not copied once more");
            assertEquals(4, Fixtures.eventCount(workspace));
            assertEquals(List.of(Status.OK, Status.OK, Status.OK), kept.verify().stream().map(KeptOriginals.Check::status).toList());
        }
    }

    @Test
    void aFailedImportRemovesOnlyTheCopyItMade() throws Exception {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Importer importer = new Importer(workspace);
            Path source = Fixtures.text(temp, "monday.csv", MONDAY);
            assertThrows(CancellationException.class, () -> importer.importFile(importer.plan(source), cancelled));
            assertEquals(List.of(), names(workspace.importsFolder()), "its own copy goes");

            Path kept = Files.writeString(workspace.importsFolder().resolve("7-monday.csv"), MONDAY);
            assertThrows(CancellationException.class, () -> importer.importFile(importer.plan(kept), cancelled));
            assertEquals(List.of("7-monday.csv"), names(workspace.importsFolder()), "a kept original it was importing again stays");
        }
    }

    private static void importFile(Workspace workspace, Path file) {
        Importer importer = new Importer(workspace);
        importer.importFile(importer.plan(file), Progress.NONE);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
