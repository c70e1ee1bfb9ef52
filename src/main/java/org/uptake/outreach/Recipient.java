package org.uptake.outreach;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.uptake.workspace.EmailAddress;

/**
 * One message, one recipient (DESIGN §6): an email address is accepted only when the mail
 * library's strict parser reads exactly one bare addr-spec from it — no list, no group, no display
 * name, no line break — so a cell like {@code a@x.example, b@y.example} can never reach two people.
 */
public final class Recipient {

    private Recipient() {
    }

    /** The address as the mail library reads it; refuses anything but exactly one bare address, saying why. */
    public static InternetAddress of(String email) {
        String why = problem(email);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        try {
            return new InternetAddress(email, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Why {@code email} is not exactly one bare address, or null when it is (the rule imports apply too). */
    public static String problem(String email) {
        if (email == null || email.isBlank()) {
            return "there is no email address";
        }
        String why = EmailAddress.problem(email);
        return why == null ? null : "the address '" + printable(email) + "' is not exactly one bare email address: " + why;
    }

    private static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
