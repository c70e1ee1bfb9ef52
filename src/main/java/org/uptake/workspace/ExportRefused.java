package org.uptake.workspace;

/** An export that was not written because its target would overwrite or land in the workspace; the message says why. */
public final class ExportRefused extends RuntimeException {

    public ExportRefused(String message) {
        super(message);
    }
}
