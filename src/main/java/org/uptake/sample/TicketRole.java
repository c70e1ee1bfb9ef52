package org.uptake.sample;

/** Support tickets a person files in the story (at most one of each kind). */
final class TicketRole {

    static final int NAVIGATION_BEFORE = 1;
    static final int NAVIGATION_AFTER = 2;
    /** A ticket about dragging widgets on mobile, filed a day or two after the struggle was visible. */
    static final int DRAG_AFTER_STRUGGLE = 4;
    /** A ticket about dragging widgets from someone whose struggle left no rage clicks or undo loops. */
    static final int DRAG_WITHOUT_SIGNAL = 8;
    static final int EXPORTS_PROBLEM = 16;
    static final int OTHER = 32;

    private TicketRole() {
    }

    static boolean has(int roles, int role) {
        return (roles & role) != 0;
    }
}
