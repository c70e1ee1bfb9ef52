package org.uptake.workspace;

/** A query or update on an open workspace failed; the message says what was being done. */
public class WorkspaceDataException extends RuntimeException {

    public WorkspaceDataException(String message, Throwable cause) {
        super(cause == null ? message : message + ": " + cause.getMessage(), cause);
    }
}
