package org.uptake.outreach;

/** Something tried to export, send or publish a message an analyst has not approved. */
public final class NotApprovedException extends IllegalStateException {

    public NotApprovedException(String message) {
        super(message);
    }
}
