package org.uptake.ingest;

/** A problem with a whole file (not one row): shown as one clear message, and nothing is imported. */
public class ImportProblem extends RuntimeException {

    public ImportProblem(String message) {
        super(message);
    }

    public ImportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
