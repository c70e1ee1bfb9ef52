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
        if (isPlain(text)) {
            return null;
        }
        return strictProblem(text);
    }

    /**
     * Whether the text is an address of the plainest shape: dot-separated runs of letters, digits, '_', '+' and '-',
     * one '@', then dot-separated runs of letters, digits and '-' with at least one dot, nothing else. Every such text
     * is one bare address to the strict parser too ({@code EmailAddressTest} checks it on random texts); a people file
     * of a million addresses spent 1.4 s in the parser, almost all on addresses of this shape. Anything else is
     * parsed.
     */
    static boolean isPlain(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.indexOf('@', at + 1) >= 0) {
            return false;
        }
        boolean domainDot = false;
        char previous = '.';
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean word = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-'
                    || i < at && (ch == '_' || ch == '+');
            if (ch == '.' || ch == '@') {
                // No empty run: not first, not after a dot or '@', not last or before '@'.
                if (previous == '.' || previous == '@') {
                    return false;
                }
                domainDot |= ch == '.' && i > at;
            } else if (!word) {
                return false;
            }
            previous = ch;
        }
        return previous != '.' && domainDot;
    }

    /** {@link #problem} by the mail library's strict parser alone. */
    static String strictProblem(String text) {
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
