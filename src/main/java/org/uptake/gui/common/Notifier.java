package org.uptake.gui.common;

/** How a view model tells the person about a problem without knowing about dialogs. */
@FunctionalInterface
public interface Notifier {

    /** A job failed; {@code title} says what was being done. */
    void problem(String title, Throwable failure);
}
