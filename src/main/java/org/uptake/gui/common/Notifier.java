package org.uptake.gui.common;

/** How a view model tells the person about a problem, or news, without knowing about dialogs. */
@FunctionalInterface
public interface Notifier {

    /** A job failed; {@code title} says what was being done. */
    void problem(String title, Throwable failure);

    /** Something the person should see while they work elsewhere (a desktop notification in the app); ignored by default. */
    default void notice(String title, String text) {
    }
}
