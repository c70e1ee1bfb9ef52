package org.uptake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.adoption.Participant;
import org.uptake.model.Evidence;
import org.uptake.model.Feature;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.struggle.BugSuspect;

/** Ticket text in a bug report stays text: no live HTML, links, images, macros or mentions in Markdown, Jira or GitHub. */
class BugReportEscapingTest {

    private static final String TICKET = "<img src=x onerror=alert(1)> see [here](http://evil.example/x) ![p](http://evil.example/p.png)"
            + " cc @security-team www.evil.example &#64;admin {html}";
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void markupMentionsAndAutolinksAreMadeInert() {
        assertEquals("\\<img src=x onerror=alert(1)\\> see \\[here\\](http:\u200b//evil.example/x) \\!\\[p\\](http:\u200b//evil.example/p.png)"
                + " cc @\u200bsecurity-team w\u200bww.evil.example \\&\\#64;admin \\{html\\}", InertText.of(TICKET));
        assertEquals("two lines", InertText.of("two\nlines"));
        assertEquals("", InertText.of(null));
    }

    @Test
    void everyFormatCarriesTheTicketTextInert() throws Exception {
        List<BugReport.Bug> bugs = BugReport.bugs(feature(), List.of(suspect()));
        String markdown = BugReport.markdown(bugs);
        assertTrue(markdown.contains("T-7 \\[bug\\]  " + InertText.of(TICKET)), markdown);
        assertTrue(markdown.contains("### u\\<b\\>1 (admin, @\u200bops, web)"), markdown);
        for (String format : List.of(markdown, BugReport.jiraCsv(bugs), body(BugReport.githubJson(bugs)))) {
            // Live means not preceded by the backslash that makes it literal.
            for (String live : List.of("<img", "](http", "![", "@security-team", "www.evil", "&#64;", "{html}", "<b>")) {
                assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)" + java.util.regex.Pattern.quote(live)).matcher(format).find(),
                        live + " stays live in " + format);
            }
        }
        assertEquals("[Dashboard] @\u200bops render error", bugs.get(0).title());
    }

    private static String body(String json) throws Exception {
        JsonNode issue = new ObjectMapper().readTree(json).get(0);
        return issue.get("title").asText() + "\n" + issue.get("body").asText();
    }

    private static Feature feature() {
        return new Feature("dash", "Dashboard", LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null);
    }

    private static BugSuspect suspect() {
        Participant person = new Participant(1, "u<b>1", "acme", "@ops", "pro", "admin", Long.MIN_VALUE, "web", "web", 2, AT, AT, true, false, AT);
        Signal error = new Signal(SignalKind.ERROR, 1, "u<b>1", AT, "@ops render error",
                List.of(new Evidence(AT, "event", "dashboard_render_error", "widget", "code 500")));
        Signal ticket = new Signal(SignalKind.TICKET, 1, "u<b>1", AT, "ticket T-7",
                List.of(new Evidence(AT, "ticket", "T-7", "bug", TICKET)));
        return new BugSuspect(person, true, true, List.of("reverted within 24 hours"), List.of(error, ticket));
    }
}
