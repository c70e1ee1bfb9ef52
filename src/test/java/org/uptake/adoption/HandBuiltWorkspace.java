package org.uptake.adoption;

import java.nio.file.Files;
import java.nio.file.Path;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** A workspace in {@code temp} holding the given files (name, content, name, content…), imported in that order. */
public final class HandBuiltWorkspace {

    private HandBuiltWorkspace() {
    }

    public static Workspace of(Path temp, String... namesAndContents) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Path path = temp.resolve(namesAndContents[i]);
            Files.writeString(path, namesAndContents[i + 1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        return workspace;
    }
}
