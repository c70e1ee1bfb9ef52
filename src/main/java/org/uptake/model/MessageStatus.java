package org.uptake.model;

/** Where a message is in the review queue. Only APPROVED messages may be exported or sent. */
public enum MessageStatus {
    DRAFT, APPROVED, REJECTED, SENT, SUPERSEDED
}
