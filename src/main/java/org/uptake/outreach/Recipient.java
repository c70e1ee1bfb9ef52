package org.uptake.outreach;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

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

    /** Why {@code email} is not exactly one bare address, or null when it is. */
    public static String problem(String email) {
        if (email == null || email.isBlank()) {
            return "there is no email address";
        }
        if (email.indexOf('\r') >= 0 || email.indexOf('\n') >= 0) {
            return "the address '" + printable(email) + "' contains a line break";
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(email, true);
            parsed.validate();
        } catch (AddressException e) {
            return "'" + email + "' is not exactly one email address (" + e.getMessage() + ")";
        }
        // The strict parser accepts a display name or a group; one message goes to one bare address only.
        if (parsed.isGroup() || parsed.getPersonal() != null || !email.equals(parsed.getAddress())) {
            return "'" + email + "' is not one bare email address (a name, a group or a list)";
        }
        return null;
    }

    private static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
