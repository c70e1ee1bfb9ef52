package org.uptake.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Routing, caps, opt-outs and hold-out on a hand-built workspace; grounding; nothing unapproved leaves, by any path. */
class OutreachTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String FEATURES = """
            [{"key":"widgets","name":"Widgets","launchedAt":"2026-03-02","problem":"Users cannot arrange the widgets they need",
              "adoption":{"event":"save","target":0.25,"withinDays":30},"funnel":["open","move","save"],
              "legacyEvents":["filter"],"targetSegments":["smb"]},
             {"key":"exports","name":"Scheduled exports","launchedAt":"2026-02-01","adoption":{"event":"schedule","target":0.3,"withinDays":30}}]
            """;
    static final String ACCOUNTS = """
            account_id,name,tier,arr,csm_owner
            big,Big Bank,enterprise,900000,Dana Kim
            small,Small Shop,smb,1200,
            """;
    static final String PEOPLE = """
            user_id,account_id,segment,plan,role,email,opted_out
            active,small,smb,pro,analyst,ana.active@example.com,false
            dormant,small,smb,pro,analyst,dan.dormant@example.com,false
            vip,big,smb,enterprise,admin,vera.vip@example.com,false
            optout,small,smb,pro,analyst,otto.out@example.com,true
            recent,small,smb,pro,analyst,rita.recent@example.com,false
            reserved,small,smb,pro,analyst,rob.reserved@example.com,false
            adopter,small,smb,pro,analyst,adam.adopter@example.com,false
            ent,small,enterprise,pro,analyst,eve.ent@example.com,false
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            active,2026-03-15T10:00:00Z,page,web
            dormant,2026-03-03T10:00:00Z,page,web
            vip,2026-03-15T10:00:00Z,page,web
            optout,2026-03-15T10:00:00Z,page,web
            recent,2026-03-15T10:00:00Z,page,web
            reserved,2026-03-15T10:00:00Z,page,web
            adopter,2026-03-03T10:00:00Z,open,web
            adopter,2026-03-03T10:01:00Z,move,web
            adopter,2026-03-03T10:02:00Z,save,web
            ent,2026-03-15T10:00:00Z,page,web
            adopter,2026-03-16T10:00:00Z,page,web
            """;
    static final String HISTORY = """
            campaign_id,user_id,group,channel,sent_at,subject
            cmp-old,recent,treatment,email,2026-03-10T09:00:00Z,Hello
            cmp-older,dormant,treatment,email,2026-02-20T09:00:00Z,Hello
            """;

    @TempDir
    Path temp;
    Workspace workspace;
    Outreach outreach;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"accounts.csv", ACCOUNTS},
                new String[] {"people.csv", PEOPLE}, new String[] {"events.csv", EVENTS}, new String[] {"outreach-history.csv", HISTORY})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        outreach = TestServices.of(workspace).outreach();
        outreach.set("outreach.holdoutShare", "0");
        // Another feature's draft is waiting for "reserved": the cap is across features.
        try (var c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); var s = c.createStatement()) {
            s.execute("INSERT INTO message (feature_key, kind, person_id, audience, channel, subject, body, status, created_at)"
                    + " SELECT 'exports', 'outreach', id, 'NOT_ADOPTED', 'EMAIL', 's', 'b', 'DRAFT', CURRENT_TIMESTAMP FROM person"
                    + " WHERE user_id = 'reserved'");
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Map<String, PlannedContact> plan() {
        return outreach.plan("widgets", Progress.NONE).contacts().stream().collect(Collectors.toMap(c -> c.person().userId(), c -> c));
    }

    @Test
    void routesByActivityAndAccountAndRespectsOptOutsAndTheCap() {
        Map<String, PlannedContact> plan = plan();
        // The adopter is not in any audience; ent is not in a target segment.
        assertEquals(java.util.Set.of("active", "dormant", "vip", "optout", "recent", "reserved"), plan.keySet());
        assertEquals(Channel.IN_APP, plan.get("active").channel(), "active within 7 days of the last event");
        assertEquals(Channel.EMAIL, plan.get("dormant").channel(), "last active 13 days before; its old contact is outside the cap");
        assertEquals(Channel.CSM_TASK, plan.get("vip").channel(), "ARR 900,000 is a high-value account");
        assertEquals(PlannedContact.Outcome.OPTED_OUT, plan.get("optout").outcome());
        assertEquals(PlannedContact.Outcome.CAPPED, plan.get("recent").outcome());
        assertTrue(plan.get("recent").note().contains("2026-03-10 (cmp-old)"), plan.get("recent").note());
        assertEquals(PlannedContact.Outcome.CAPPED, plan.get("reserved").outcome());
        assertTrue(plan.get("reserved").note().contains("exports"));
        assertEquals(Audience.NOT_ADOPTED, plan.get("active").audience());
    }

    @Test
    void aHigherPriorityFeatureTakesThePersonAndSupersedesTheWaitingMessage() {
        outreach.set("outreach.priority.widgets", "5");
        PlannedContact reserved = plan().get("reserved");
        assertEquals(PlannedContact.Outcome.ROUTED, reserved.outcome());
        assertTrue(reserved.note().contains("takes the place of the waiting message about exports"), reserved.note());
        outreach.draft("widgets", "ana", Progress.NONE);
        Message other = outreach.review().queue("exports", null).get(0);
        assertEquals(MessageStatus.SUPERSEDED, other.status());
        assertEquals("superseded", outreach.review().audit(other.id()).get(outreach.review().audit(other.id()).size() - 1).action());
    }

    @Test
    void theHoldOutIsAStableRandomShareExcludedFromDrafts() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            if (OutreachPlanner.heldOut("widgets", "u" + i, 0.10)) {
                held++;
            }
        }
        assertTrue(held > 900 && held < 1100, held + " of 10,000");
        assertEquals(OutreachPlanner.heldOut("widgets", "u42", 0.10), OutreachPlanner.heldOut("widgets", "u42", 0.10));

        outreach.set("outreach.holdoutShare", "0.99");
        Outreach.Drafted d = outreach.draft("widgets", "ana", Progress.NONE);
        Map<String, PlannedContact> plan = plan();
        long routed = plan.values().stream().filter(c -> c.outcome() == PlannedContact.Outcome.ROUTED).count();
        assertEquals(routed, d.created());
        assertEquals(plan.values().stream().filter(c -> c.outcome() == PlannedContact.Outcome.HELD_OUT).count(), d.heldOut());
        assertTrue(d.heldOut() >= 2);
        assertTrue(outreach.review().queue("widgets", null).stream().noneMatch(m -> plan.get(m.userId()).outcome() == PlannedContact.Outcome.HELD_OUT));
        assertThrows(IllegalArgumentException.class, () -> outreach.set("outreach.holdoutShare", "1.5"));
        assertEquals(0.99, outreach.settings().holdoutShare(), "a bad value leaves the setting as it was");
    }

    @Test
    void draftsAreGroundedAndEditsAreCheckedAgain() {
        Outreach.Drafted d = outreach.draft("widgets", "ana", Progress.NONE);
        assertEquals(3, d.created(), "active, dormant and vip");
        assertEquals(0, d.failingChecks());
        assertEquals(0, outreach.draft("widgets", "ana", Progress.NONE).created(), "drafting again adds nobody twice");
        Message inApp = byUser("active");
        assertEquals(Channel.IN_APP, inApp.channel());
        assertEquals("New: Widgets", inApp.subject());
        assertEquals("Arrange the widgets you need.", inApp.body());

        Message wrong = outreach.review().edit(inApp.id(), "New: Widgets", "73% of people like you use Widgets.", "ana");
        assertEquals(List.of("the number 73% is not a workspace fact"), wrong.problems());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> outreach.review().approve(inApp.id(), "ana"));
        assertTrue(refused.getMessage().contains("73%"));

        Message email = byUser("dormant");
        assertTrue(email.body().contains("Arrange the widgets you need with Widgets.\n\n14% of people on smb accounts"), email.body());
        assertEquals(List.of(), outreach.review().edit(email.id(), email.subject(), email.body().replace("Hi Dan", "Hello Dan"), "ana").problems(),
                "the numbers it had are facts");
        assertEquals(List.of("\"We noticed\" reads as watching the person (allow it in Settings if you mean to)"),
                outreach.review().edit(inApp.id(), "New: Widgets", "We noticed you opened it.", "ana").problems());
        assertEquals(List.of("it names Scheduled exports, which is not this feature"),
                outreach.review().edit(inApp.id(), "New: Widgets", "Try Scheduled exports too.", "ana").problems());
        assertEquals(List.of("it contains markup (<b>); recipients would see it as text"),
                outreach.review().edit(inApp.id(), "New: Widgets", "<b>Try it</b>", "ana").problems());
        assertEquals(List.of("the text is 250 characters; in-app shows 240"),
                outreach.review().edit(inApp.id(), "New: Widgets", "x".repeat(250), "ana").problems());
        outreach.set("outreach.allowObserved", "true");
        assertEquals(List.of(), outreach.review().edit(inApp.id(), "New: Widgets", "We noticed you opened it.", "ana").problems());
        assertEquals(MessageStatus.APPROVED, outreach.review().approve(inApp.id(), "ana").status());
        List<AuditEntry> trail = outreach.review().audit(inApp.id());
        assertEquals(List.of("created", "edited", "edited", "edited", "edited", "edited", "edited", "approved"),
                trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.get(1).detail().contains("after: New: Widgets | 73% of people"), trail.get(1).detail());
        assertEquals("ana", trail.get(7).actor());
    }

    @Test
    void nothingUnapprovedLeavesTheWorkspaceByAnyPath() throws Exception {
        outreach.draft("widgets", "ana", Progress.NONE);
        Message email = byUser("dormant");
        Message inApp = byUser("active");
        Message task = byUser("vip");
        Delivery delivery = TestServices.of(workspace).delivery();
        outreach.set("outreach.smtp.host", "127.0.0.1");
        outreach.set("outreach.smtp.port", Integer.toString(ServerSetupTest.SMTP.getPort()));

        NotApprovedException refused = assertThrows(NotApprovedException.class,
                () -> delivery.sendSmtp("widgets", List.of(email.id()), "ana"));
        assertTrue(refused.getMessage().contains(email.id() + " (draft, email)"), refused.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(0, delivery.emailCsv("widgets", temp.resolve("mail.csv"), false, "ana").messages());
        assertFalse(Files.exists(temp.resolve("mail.csv")), "nothing approved: no file at all");
        assertEquals(0, delivery.emlFiles("widgets", temp.resolve("eml"), false, "ana").messages());
        assertEquals(0, delivery.inAppJson("widgets", temp.resolve("inapp.json"), false, "ana").messages());
        assertEquals(0, delivery.csmTasksCsv("widgets", temp.resolve("csm.csv"), false, "ana").messages());
        outreach.review().reject(task.id(), "Dana already talked to Vera", "ana");
        assertEquals(0, delivery.csmTasksCsv("widgets", temp.resolve("csm.csv"), true, "ana").messages(), "rejected stays in");
        assertThrows(IllegalArgumentException.class, () -> outreach.review().reject(inApp.id(), " ", "ana"), "a rejection needs a reason");

        outreach.review().edit(email.id(), email.subject(), email.body() + "\n\nP.S. Tips & tricks <inside>?", "ana");
        assertFalse(outreach.review().message(email.id()).passesChecks());
        outreach.review().edit(email.id(), email.subject(), email.body() + "\n\nP.S. Tips & tricks inside.", "ana");
        outreach.review().approve(email.id(), "ana");
        Delivery.Delivered sent = delivery.sendSmtp("widgets", null, "ana");
        assertEquals(1, sent.messages());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("dan.dormant@example.com", received[0].getAllRecipients()[0].toString());
        assertEquals(email.subject(), received[0].getSubject());
        String raw = new String(received[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("Tips &amp; tricks inside."), "the HTML part escapes what the text part says plainly");
        assertEquals(MessageStatus.SENT, outreach.review().message(email.id()).status());
        assertThrows(NotApprovedException.class, () -> delivery.sendSmtp("widgets", List.of(email.id()), "ana"), "sent once only");
        assertEquals(0, delivery.sendSmtp("widgets", null, "ana").messages());
        assertEquals(1, smtp.getReceivedMessages().length);
        assertTrue(outreach.review().audit(email.id()).stream().anyMatch(a -> a.action().equals("delivered")));

        // The send is a campaign now, and caps the person across features.
        assertEquals(PlannedContact.Outcome.CAPPED, outreach.plan("widgets", Progress.NONE).contacts().stream()
                .filter(c -> c.person().userId().equals("dormant")).findFirst().orElseThrow().outcome());
    }

    @Test
    void aModelsDraftIsCheckedLikeAnyOther() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            byte[] reply = """
                    {"choices":[{"message":{"role":"assistant","content":"Subject: Widgets for you\\n\\n90% of smb teams love Widgets."}}]}
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            outreach.set("outreach.llm.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
            Outreach.Drafted d = outreach.draft("widgets", "ana", Progress.NONE);
            assertTrue(d.generator().startsWith("llama3.1 at http://127.0.0.1"), d.generator());
            // The CSM task (vip) is written by the templates: it names the email, which a model never sees.
            assertEquals(2, d.failingChecks(), "the model made up a number and a claim");
            Message m = byUser("active");
            assertEquals("Widgets for you", m.subject());
            assertEquals(List.of("the number 90% is not a workspace fact", "the claim \"love\" is not a workspace fact"), m.problems());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void newcombeIntervalMatchesThePublishedExample() {
        // Newcombe (1998), example (a): 56/70 vs 48/80 → 0.0524 to 0.3339.
        double[] d = ConversionQueries.newcombe(56, 70, 48, 80);
        assertEquals(0.2, d[0], 1e-12);
        assertEquals(0.0524, d[1], 1e-4);
        assertEquals(0.3339, d[2], 1e-4);
    }

    @Test
    void safeTextEscapesHtmlAndMarkdown() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", SafeText.html("<script>alert('x')</script> & more"));
        assertEquals("\\[click\\]\\(http://x\\) \\*now\\*", SafeText.markdown("[click](http://x) *now*"));
    }

    private Message byUser(String userId) {
        return outreach.review().queue("widgets", null).stream().filter(m -> userId.equals(m.userId())).findFirst().orElseThrow();
    }
}
