package org.uptake.gui.common;

/** How a view model tells the person how a job went, or news, without knowing about dialogs. */
public interface Notifier {

    /** A job failed; {@code title} says what was being done. */
    void problem(String title, Throwable failure);

    /** A job the person asked for is done (an export written, drafts made); {@code message} says what came of it. */
    void done(String title, String message);
    /** Something the person should see while they work elsewhere (a desktop notification in the app); ignored by default. */
    default void notice(String title, String text) {
    }
}
