package org.uptake.workspace;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The rule for an email address a message may go to: exactly one bare addr-spec, checked by the
 * mail library's strict parser, so a list, a display name or a line break can never smuggle in a
 * second recipient or a header. Import applies it to people files; outreach applies it again
 * before anything leaves. It lives here, not in ingest, because outreach may use the workspace
 * but not ingest (DESIGN §2), and the model may use only the JDK.
 */
public final class EmailAddress {

    /** The longest address the workspace stores (RFC 5321's limit). */
    public static final int MAX_LENGTH = 320;

    private EmailAddress() {
    }

    /** True when the text is exactly one bare address. */
    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** Why the text is not exactly one bare address (e.g. "more than one address"), or null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "empty";
        }
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return "contains a line break";
        }
        if (text.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        String address = text.strip();
        try {
            if (InternetAddress.parse(address, false).length > 1) {
                return "more than one address (a message has exactly one recipient)";
            }
        } catch (AddressException e) {
            // The strict parse below says what is wrong.
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            return "not a valid address (" + reason(e) + ")";
        }
        if (parsed.isGroup()) {
            return "a group of addresses (a message has exactly one recipient)";
        }
        if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
            return "a display name or angle brackets around the address (give the address alone)";
        }
        return null;
    }

    /** The parser's reason without the address it repeats. */
    private static String reason(AddressException e) {
        String message = e.getMessage();
        int in = message == null ? -1 : message.indexOf(" in string ``");
        return message == null ? "unreadable" : in < 0 ? message : message.substring(0, in);
    }
}
