package org.uptake.workspace;

/**
 * A workspace could not be created or opened, with a message written for the person at the
 * keyboard (the GUI shows it in a dialog, the CLI prints it as its one line on stderr).
 */
public class WorkspaceException extends RuntimeException {

    /** Why a workspace could not be used; callers pick their wording or exit code from it. */
    public enum Problem {
        NOT_FOUND,
        NOT_A_WORKSPACE,
        ALREADY_A_WORKSPACE,
        FOLDER_NOT_EMPTY,
        IN_USE,
        NEWER_SCHEMA,
        CORRUPT,
        READ_ONLY,
        IO
    }

    private final Problem problem;

    public WorkspaceException(Problem problem, String message) {
        this(problem, message, null);
    }

    public WorkspaceException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** True when {@code failure} or a cause is the database refusing a write because the workspace is read-only. */
    public static boolean refusedAsReadOnly(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
        }
        return false;
    }
}
