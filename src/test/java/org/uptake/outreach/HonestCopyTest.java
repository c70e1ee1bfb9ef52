package org.uptake.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.uptake.model.Channel;
import org.uptake.model.Evidence;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;

/** Copy for any product: tips that follow from the signal, claims grounded like numbers, a model request that holds only README's facts. */
class HonestCopyTest {

    private static Signal rage(String target, Instant at) {
        return new Signal(SignalKind.RAGE_CLICKS, 1, "u1", at, "3 clicks on " + target,
                List.of(new Evidence(at, "event", "click", target, null)));
    }

    @Test
    void aRageClickOnAButtonIsNotADragHandleAndNothingSpecificGivesNoTip() {
        assertEquals("One click on the save button is enough; it can take a moment to respond, and more clicks do not speed it up.",
                Tips.forSignal(SignalKind.RAGE_CLICKS, "save_button", "web"));
        assertEquals("One tap on the apply btn is enough; it can take a moment to respond, and more taps do not speed it up.",
                Tips.forSignal(SignalKind.RAGE_CLICKS, "apply-btn", "android"));
        assertEquals("On a phone or tablet, press and hold the widget drag handle for a moment, then drag.",
                Tips.forSignal(SignalKind.RAGE_CLICKS, "widget_drag_handle", "ios"));
        assertEquals("Press and hold the row grip, then drag; a quick click does not move it.",
                Tips.forSignal(SignalKind.RAGE_CLICKS, "row_grip", null));
        assertNull(Tips.forSignal(SignalKind.RAGE_CLICKS, "row_checkbox", "ios"), "an element of unknown kind: no tip");
        assertNull(Tips.forSignal(SignalKind.ABANDONED, "widget_moved", "web"), "an abandoned step is not an undo loop");
        assertNull(Tips.forSignal(SignalKind.ERROR, "render_error", "web"));
        assertEquals("Undo steps back one change at a time and redo brings it back, so you can try a change safely.",
                Tips.forSignal(SignalKind.UNDO_LOOP, null, "web"));
    }

    @Test
    void aPersonsTipFollowsTheirOwnSignals() {
        Instant t = Instant.parse("2026-03-03T10:00:00Z");
        Signal abandoned = new Signal(SignalKind.ABANDONED, 1, "u1", t, "stopped at open (step 1 of 3)", List.of());
        assertEquals("One tap on the bulk edit button is enough; it can take a moment to respond, and more taps do not speed it up.",
                Tips.forPerson(List.of(abandoned, rage("bulk_edit_button", t.plusSeconds(5))), "ios"));
        assertNull(Tips.forPerson(List.of(abandoned, rage("row_checkbox", t)), "ios"));
    }

    private static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("feature", "Bulk edit");
        facts.put("segment", "enterprise");
        facts.put("segmentAdoption", "52%");
        facts.putAll(CopyFacts.workspaceFacts(2_780, 945));
        return facts;
    }

    private static List<String> problems(String body) {
        return DraftChecks.problems(Channel.IN_APP, new Draft("Bulk edit", body), facts(), List.of(), false);
    }

    @Test
    void workspaceFactsTheAnalystSeesGroundRoundedFigures() {
        assertEquals(Map.of("overallAdoption", "34.0%", "activePeople", "2,780", "adopters", "945"),
                CopyFacts.workspaceFacts(2_780, 945));
        assertEquals(List.of(), problems("34.0% overall. 34% of active people use it: 945 of 2,780."));
        assertEquals(List.of("the number 34.5% is not a workspace fact"), problems("34.5% of active people use it."));
        assertEquals(List.of("the number 34.03% is not a workspace fact"), problems("34.03% use it."), "no more precision than the fact");
    }

    @Test
    void comparativesSuperlativesAndQuantifiersNeedAFact() {
        assertEquals(List.of("the claim \"three times faster\" is not a workspace fact"), problems("It is three times faster."));
        assertEquals(List.of("the number 3 is not a workspace fact", "the claim \"3x\" is not a workspace fact"),
                problems("Get there 3x sooner."));
        assertEquals(List.of("the claim \"Most of your colleagues\" is not a workspace fact"), problems("Most of your colleagues use it."));
        assertEquals(List.of("the claim \"Everyone\" is not a workspace fact"), problems("Everyone at Acme uses it."));
        assertEquals(List.of("the claim \"love\" is not a workspace fact"), problems("You will love it."));
        assertEquals(List.of("the claim \"the best feature\" is not a workspace fact"), problems("It is the best feature we shipped."));
        // A share from the facts in the same sentence bears "most" out; a smaller one does not.
        assertEquals(List.of(), problems("Most people on enterprise accounts use it: 52% already do."));
        assertEquals(List.of("the claim \"Most people\" is not a workspace fact"), problems("Most people use it: 34% already do."));
        assertEquals(List.of(), problems("Getting the most out of Bulk edit."), "an idiom, not a claim");
    }

    @Test
    void theModelRequestHoldsOnlyWhatReadmeSays() throws Exception {
        AtomicReference<String> request = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = "{\"choices\":[{\"message\":{\"content\":\"Subject: Hi\\n\\nText\"}}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("firstName", "Sam");
            facts.put("feature", "Bulk edit");
            facts.put("benefit", "Change many rows at once");
            facts.put("howTo", "Select rows and press Edit.");
            facts.put("segment", "smb");
            facts.put("segmentAdoption", "21%");
            facts.put("accountName", "Acme");
            facts.put("accountAdopters", "4");
            facts.put("tip", "One tap on the edit button is enough.");
            facts.put("email", "sam.larsen0@acme.example");
            facts.put("csmOwner", "Dana Whit");
            facts.put("why", "struggle signals: rage clicks, support ticket (score 7)");
            facts.put("audience", "struggling");
            facts.put("overallAdoption", "34.0%");
            new LlmCopy("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "m", null)
                    .write(Audience.STRUGGLING, Channel.EMAIL, facts);
        } finally {
            server.stop(0);
        }
        JsonNode sent = new ObjectMapper().readTree(request.get());
        String user = sent.at("/messages/1/content").asText();
        assertEquals("Audience: " + Audience.STRUGGLING.label() + "\nChannel: " + Channel.EMAIL.label() + "\nFacts:\n"
                + "firstName: Sam\nfeature: Bulk edit\nbenefit: Change many rows at once\nhowTo: Select rows and press Edit.\n"
                + "segment: smb\nsegmentAdoption: 21%\naccountName: Acme\ntip: One tap on the edit button is enough.\n", user);
        for (String never : List.of("sam.larsen0", "Dana", "rage", "ticket", "score", "34.0%")) {
            assertFalse(request.get().contains(never), never + " left the machine");
        }
        assertTrue(sent.at("/messages/0/content").asText().contains("Use only the facts given"));
    }
}
