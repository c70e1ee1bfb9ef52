package org.uptake.gui.common;

/** How a view model tells the person how a job went, without knowing about dialogs. */
public interface Notifier {

    /** A job failed; {@code title} says what was being done. */
    void problem(String title, Throwable failure);

    /** A job the person asked for is done (an export written, drafts made); {@code message} says what came of it. */
    void done(String title, String message);
}
