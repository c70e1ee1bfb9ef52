package org.uptake.outreach;

/** A review decision that cannot be made as asked (approving a draft that fails its checks, editing a sent message). */
public final class ReviewRefused extends IllegalStateException {

    public ReviewRefused(String message) {
        super(message);
    }
}
