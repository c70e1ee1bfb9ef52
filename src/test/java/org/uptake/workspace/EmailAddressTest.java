package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void exactlyOneBareAddressPasses() {
        List<String> texts = List.of("ann@example.com", " bo.smith+tag@sub.example.org ", "a@x.example, b@y.example",
                "Boss <boss@example.com>", "<boss@example.com>", "c@example.com\r\nBcc: d@example.com", "x@y\n",
                "not-an-address", "team: a@x.example, b@y.example;", "a@@example.com", "");
        assertEquals(Arrays.asList(null, null,
                "more than one address (a message has exactly one recipient)",
                "a display name or angle brackets around the address (give the address alone)",
                "a display name or angle brackets around the address (give the address alone)",
                "contains a line break", "contains a line break",
                "not a valid address (Missing final '@domain')",
                "a group of addresses (a message has exactly one recipient)",
                "not a valid address (Domain contains illegal character)" , "empty"),
                texts.stream().map(EmailAddress::problem).toList());
    }

    @Test
    void everyPlainAddressIsOneBareAddressToTheStrictParser() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "aZ09-_+.@";
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            // Half of them shaped like an address (a local part, '@', a domain with a dot), of the same characters.
            String t = i % 2 == 0 ? random(random, alphabet, 12)
                    : random(random, "aZ09-_+.", 6) + "@" + random(random, "aZ09-_+.", 6) + "." + random(random, "aZ09-_+.", 4);
            if (EmailAddress.isPlain(t)) {
                plain++;
                assertEquals(null, EmailAddress.strictProblem(t), t);
            }
        }
        // The random texts reach the plain shape often enough to test it.
        org.junit.jupiter.api.Assertions.assertTrue(plain > 5_000, plain + " plain texts");
    }

    @Test
    void textsOfOtherShapesGoToTheStrictParser() {
        for (String t : List.of("ann@example", ".ann@example.com", "ann.@example.com", "an..n@example.com", "ann@example..com",
                "ann@.example.com", "ann@example.com.", "a@b@example.com", "@example.com", "ann@", "ann @example.com",
                "ann@exa_mple.com", "ann@exa+mple.com", "\"ann\"@example.com", "ann@[10.0.0.1]", "ånn@example.com")) {
            assertEquals(false, EmailAddress.isPlain(t), t);
        }
        for (String t : List.of("ann@example.com", "a.n-n_+1@mail-1.example.co.uk", "A@B.C", "x-@-y.z")) {
            assertEquals(true, EmailAddress.isPlain(t), t);
        }
    }

    private static String random(java.util.Random random, String alphabet, int longest) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(longest); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
