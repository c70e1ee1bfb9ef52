package org.uptake.workspace;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns what H2 or Flyway threw while opening a workspace into one message a person can act on. */
final class OpenFailure {

    private OpenFailure() {
    }

    static WorkspaceException explain(Path dir, String name, Throwable failure) {
        SQLException sql = findSqlException(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceException(WorkspaceException.Problem.IN_USE,
                    "Workspace '" + name + "' is already open in another program. Close it there, then open it again. Folder: "
                            + dir, failure);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || code == ErrorCode.WRONG_USER_OR_PASSWORD
                // H2 reports an unreadable header of a file it can read as a plain IO error.
                || code == ErrorCode.IO_EXCEPTION_1 && java.nio.file.Files.isReadable(dir.resolve(Workspace.DATABASE_FILE))) {
            return new WorkspaceException(WorkspaceException.Problem.CORRUPT,
                    "The database of workspace '" + name + "' (" + dir.resolve(Workspace.DATABASE_FILE)
                            + ") is damaged or not an Uptake database, so it cannot be opened."
                            + " Restore it from a backup, or create a new workspace and import the files kept in its "
                            + Workspace.IMPORTS_FOLDER + "/ folder.", failure);
        }
        String reason = sql != null ? firstLine(sql.getMessage()) : firstLine(String.valueOf(failure.getMessage()));
        return new WorkspaceException(WorkspaceException.Problem.IO,
                "Cannot open workspace '" + name + "' at " + dir + ": " + reason, failure);
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
