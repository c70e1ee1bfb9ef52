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
}
