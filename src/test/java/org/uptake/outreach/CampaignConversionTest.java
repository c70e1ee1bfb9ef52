package org.uptake.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * Campaigns measured in data time, each against its own control: a feature without target
 * segments, twenty active and twenty dormant people, campaigns delivered "today" (the wall clock)
 * on data that ends in April, then data that covers them.
 */
class CampaignConversionTest {

    static final String FEATURES = """
            [{"key":"reports","name":"Report builder","launchedAt":"2026-04-01",
              "adoption":{"event":"report_built","target":0.2,"withinDays":30}}]
            """;

    @TempDir
    Path temp;
    Workspace workspace;
    Outreach outreach;
    Delivery delivery;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        StringBuilder people = new StringBuilder("user_id,segment,email\n");
        StringBuilder events = new StringBuilder("user_id,timestamp,event,platform\n");
        for (int i = 1; i <= 20; i++) {
            String active = String.format("a%02d", i);
            String dormant = String.format("d%02d", i);
            people.append(active).append(",team,").append(active).append("@example.com\n");
            people.append(dormant).append(",team,").append(dormant).append("@example.com\n");
            events.append(active).append(",2026-04-20T10:00:00Z,page,web\n");
            events.append(dormant).append(",2026-04-02T10:00:00Z,page,web\n");
        }
        load("features.json", FEATURES);
        load("people.csv", people.toString());
        load("events.csv", events.toString());
        outreach = TestServices.of(workspace).outreach();
        outreach.set("outreach.holdoutShare", "0.3");
        delivery = TestServices.of(workspace).delivery();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void load(String name, String content) throws Exception {
        Path path = temp.resolve(name);
        Files.writeString(path, content);
        Importer importer = new Importer(workspace);
        importer.importFile(importer.plan(path), Progress.NONE);
    }

    private void approveAll() {
        for (Message m : outreach.review().queue("reports", MessageStatus.DRAFT)) {
            outreach.review().edit(m.id(), "The report builder", "Build the report you need in one click.", "ana");
            outreach.review().approve(m.id(), "ana");
        }
    }

    private static Set<String> heldOut(String prefix, int from, int to) {
        Set<String> held = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            String user = String.format("%s%02d", prefix, i);
            if (OutreachPlanner.heldOut("reports", user, 0.3)) {
                held.add(user);
            }
        }
        return held;
    }

    private CampaignConversion campaign(String id) {
        return outreach.conversion("reports").stream().filter(c -> c.campaignId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyCampaignHasItsOwnControlAndIsNotMeasuredBeforeTheDataCoversIt() throws Exception {
        Outreach.Drafted drafted = outreach.draft("reports", "ana", Progress.NONE);
        Set<String> heldActive = heldOut("a", 1, 20);
        Set<String> heldDormant = heldOut("d", 1, 20);
        assertEquals(Set.of("a08", "a10", "a18", "a20"), heldActive);
        assertEquals(Set.of("d02", "d07", "d08", "d13", "d16", "d17", "d19", "d20"), heldDormant);
        assertEquals(12, drafted.heldOut());
        assertEquals(28, drafted.created());
        approveAll();

        String email = delivery.emailCsv("reports", temp.resolve("mail.csv"), false, "ana").campaignId();
        String inApp = delivery.inAppJson("reports", temp.resolve("inapp.json"), false, "ana").campaignId();

        // The second campaign of the feature gets its own control: the held-out people it would have reached in-app.
        assertEquals(8, outreach.controlPeople("reports", email));
        assertEquals(4, outreach.controlPeople("reports", inApp));
        CampaignConversion mail = campaign(email);
        assertEquals(12, mail.contacted().people());
        // Sent today by the wall clock, on data that ends on 20 April: nothing to measure yet, and no "+0 points".
        String today = mail.sentAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        assertEquals("not measurable yet: the data ends before the campaign (data to 2026-04-20, sent " + today + ")",
                mail.within48h().text());
        assertEquals(mail.within48h().text(), mail.within7d().text());
        assertEquals("— of 12", mail.text48h(mail.contacted()));
        assertFalse(mail.significant48h());

        // New data that covers the 48 hours after the in-app campaign: a01 and a02 adopt within a day, a08 (control) does not.
        Instant sent = campaign(inApp).sentAt();
        load("later.csv", "user_id,timestamp,event,platform\n"
                + "a01," + sent.plusSeconds(3_600) + ",report_built,web\n"
                + "a02," + sent.plusSeconds(7_200) + ",report_built,web\n"
                + "a08," + sent.plusSeconds(3 * 86_400) + ",page,web\n");
        CampaignConversion app = campaign(inApp);
        assertEquals("2 of 16 (13%)", app.text48h(app.contacted()));
        assertEquals("0 of 4 (0%)", app.text48h(app.control()));
        assertEquals("+13 points (95% CI -37 to +36)", app.within48h().text());
        assertEquals("not measurable yet: the data covers 72 of the 168 hours after the campaign", app.within7d().text());
        assertEquals("— of 16", app.text7d(app.contacted()));
    }

    @Test
    void aLaterRoundDrawsAFreshControlAndEarlierControlsStayOut() throws Exception {
        outreach.draft("reports", "ana", Progress.NONE);
        approveAll();
        String first = delivery.inAppJson("reports", temp.resolve("inapp.json"), false, "ana").campaignId();

        // Twenty newcomers become active; the next in-app campaign is measured against newcomers held out, not the first control.
        StringBuilder people = new StringBuilder("user_id,segment,email\n");
        StringBuilder events = new StringBuilder("user_id,timestamp,event,platform\n");
        for (int i = 1; i <= 20; i++) {
            people.append(String.format("n%02d,team,n%02d@example.com%n", i, i));
            events.append(String.format("n%02d,2026-04-20T11:00:00Z,page,web%n", i));
        }
        load("people2.csv", people.toString());
        load("events2.csv", events.toString());
        Outreach.Drafted again = outreach.draft("reports", "ana", Progress.NONE);
        Set<String> heldNew = heldOut("n", 1, 20);
        assertEquals(heldNew.size(), again.heldOut());
        assertEquals(Set.of("n09", "n13"), heldNew);
        assertTrue(outreach.plan("reports", Progress.NONE).contacts().stream().filter(c -> c.person().userId().equals("a08"))
                .allMatch(c -> c.outcome() == PlannedContact.Outcome.HELD_OUT && c.note().contains("(" + first + ")")),
                "once in a control group, never contacted about the feature");
        approveAll();
        Thread.sleep(1_100); // campaign ids carry the second they were sent
        String second = delivery.inAppJson("reports", temp.resolve("inapp2.json"), false, "ana").campaignId();

        assertEquals(4, outreach.controlPeople("reports", first));
        assertEquals(2, outreach.controlPeople("reports", second));
        assertEquals(18, campaign(second).contacted().people());
        assertEquals(List.of(first, second), outreach.conversion("reports").stream().map(CampaignConversion::campaignId)
                .filter(id -> id.startsWith("uptake-")).collect(Collectors.toList()));
    }

    @Test
    void aFeatureNeverListsAnotherFeaturesCampaigns() throws Exception {
        load("more-features.json", """
                [{"key":"alerts","name":"Alerts","launchedAt":"2026-04-01",
                  "adoption":{"event":"alert_set","target":0.2,"withinDays":30}}]
                """);
        outreach.draft("reports", "ana", Progress.NONE);
        approveAll();
        String email = delivery.emailCsv("reports", temp.resolve("mail.csv"), false, "ana").campaignId();

        assertEquals(List.of(email), outreach.conversion("reports").stream().map(CampaignConversion::campaignId).toList());
        assertEquals(List.of(), outreach.conversion("alerts").stream().map(CampaignConversion::campaignId).toList());
    }

    @Test
    void aCampaignWithoutControlSaysSoAndNeverPrintsNaN() throws Exception {
        load("outreach-history.csv", "campaign_id,user_id,group,channel,sent_at,subject\n"
                + "cmp-all,a01,treatment,email,2026-04-05T09:00:00Z,Hi\n"
                + "cmp-all,a02,treatment,email,2026-04-05T09:00:00Z,Hi\n");
        CampaignConversion c = campaign("cmp-all");
        assertEquals(2, c.contacted().people());
        assertEquals(0, c.control().people());
        assertEquals("no control group: nobody was held out of this campaign, so its effect cannot be told from what would have"
                + " happened anyway", c.within48h().text());
        assertEquals("0 of 2 (0%)", c.text48h(c.contacted()), "the data covers the window: the contacted arm's figure stands");
        assertTrue(Double.isNaN(c.within48h().value()));
        assertFalse(c.within48h().text().contains("NaN"));
    }

    @Test
    void pointsNeverReadPlusZero() {
        assertEquals("+18", CampaignConversion.points(0.18));
        assertEquals("+0.4", CampaignConversion.points(0.004));
        assertEquals("-0.2", CampaignConversion.points(-0.002));
        assertEquals("0", CampaignConversion.points(0.0004));
        assertEquals("0", CampaignConversion.points(0));
        assertEquals("-5", CampaignConversion.points(-0.049));
    }

    @Test
    void theDraftsOfARoundRememberIt() {
        outreach.draft("reports", "ana", Progress.NONE);
        assertEquals(0, new OutreachQueries(workspace).draftRound("reports"));
        approveAll();
        delivery.emailCsv("reports", temp.resolve("mail.csv"), false, "ana");
        assertEquals(1, new OutreachQueries(workspace).draftRound("reports"));
        assertEquals(Channel.EMAIL, outreach.review().queue("reports", MessageStatus.SENT).get(0).channel());
    }
}
