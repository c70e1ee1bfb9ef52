package org.uptake.watch;

/** Sends a digest to the analyst's own address; the wiring decides how (SMTP through the outreach settings). */
@FunctionalInterface
public interface DigestMail {

    /** Mails nothing: a workspace with no SMTP wiring, or a test. */
    DigestMail NONE = (to, digest) -> {
        throw new IllegalStateException("this workspace has no way to send mail");
    };

    /** Sends {@code digest} to {@code to}; throws with a one-line reason when it cannot. */
    void send(String to, Digest digest);
}
