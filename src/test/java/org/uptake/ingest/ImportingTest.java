package org.uptake.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** What the import tests share: a fresh workspace per test, its importer, and importing a text or a fixture file. */
abstract class ImportingTest {

    @TempDir
    Path temp;

    Workspace workspace;
    Importer importer;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.create(temp.resolve("ws"));
        importer = new Importer(workspace);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    ImportResult importText(String name, String content) throws IOException {
        return importFile(Fixtures.text(temp, name, content));
    }

    ImportResult importFile(Path file) {
        return importer.importFile(importer.plan(file), Progress.NONE);
    }
}
