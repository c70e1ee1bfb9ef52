package org.uptake.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * What a workspace folder's database file looks like before H2 touches it: missing, empty,
 * unreadable or read-only. H2 opens a 0-byte file as a new, empty database, and a fresh database
 * under an existing workspace would hide (and used to delete) everything the folder kept, so
 * those cases are refused here, before anything is written.
 */
final class DatabaseFile {

    /** The file-permission checks; tests replace them because root ignores permissions. */
    static Predicate<Path> readable = Files::isReadable;
    static Predicate<Path> writable = Files::isWritable;

    private DatabaseFile() {
    }

    /** Refuses a folder whose database is missing while the folder shows it was a workspace. */
    static void refuseMissing(Path dir, String name) {
        if (Files.isDirectory(dir.resolve(Workspace.IMPORTS_FOLDER)) || Files.exists(dir.resolve(Workspace.MARKER_FILE))) {
            throw new WorkspaceException(WorkspaceException.Problem.CORRUPT,
                    "The database of workspace '" + name + "' (" + dir.resolve(Workspace.DATABASE_FILE) + ") is missing."
                            + " Restore it from a backup; the files kept in " + Workspace.IMPORTS_FOLDER + "/ were left as they are.");
        }
    }

    /** Refuses an empty or unreadable database file, leaving it as it is. */
    static void refuseUnusable(Path dir, String name) {
        Path db = dir.resolve(Workspace.DATABASE_FILE);
        if (!readable.test(db)) {
            throw new WorkspaceException(WorkspaceException.Problem.IO,
                    "The database of workspace '" + name + "' (" + db + ") cannot be read: check its permissions."
                            + " Nothing was changed.");
        }
        long size;
        try {
            size = Files.size(db);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Problem.IO,
                    "The database of workspace '" + name + "' (" + db + ") cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw damaged(dir, name, "is empty (0 bytes)");
        }
    }

    /** Why the workspace can only be read, or null when it can be written: its folder or its database file is read-only. */
    static String readOnlyReason(Path dir) {
        if (!writable.test(dir)) {
            return "its folder " + dir + " is read-only";
        }
        if (!writable.test(dir.resolve(Workspace.DATABASE_FILE))) {
            return "its database file " + dir.resolve(Workspace.DATABASE_FILE) + " is read-only";
        }
        return null;
    }

    static WorkspaceException damaged(Path dir, String name, String what) {
        return new WorkspaceException(WorkspaceException.Problem.CORRUPT,
                "The database of workspace '" + name + "' (" + dir.resolve(Workspace.DATABASE_FILE) + ") " + what
                        + ", so it cannot be opened; nothing was changed. Restore it from a backup, or create a new workspace"
                        + " and import the files kept in its " + Workspace.IMPORTS_FOLDER + "/ folder.");
    }
}
