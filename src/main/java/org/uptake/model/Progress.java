package org.uptake.model;

/**
 * How a long job reports how far it got and learns that the user cancelled it.
 * Services take one so the GUI task seam and the CLI can both drive them.
 */
public interface Progress {

    /** A progress sink for callers that neither show progress nor cancel. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units (total &lt;= 0 when unknown) with a short message. */
    void update(long done, long total, String message);

    /** True once the user asked to stop; a job checks it between units of work. */
    boolean isCancelled();
}
