package org.uptake.struggle;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.model.Signal;
import org.uptake.model.SignalKind;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Struggling on data unlike the sample: a bulk-edit feature clicked through buttons and zoom
 * controls, tickets tagged with the feature's own key (which a success metric also counts), people
 * who abandon once or twice.
 */
class StrugglingDefinitionTest {

    static final String FEATURES = """
            [{"key":"bulk-edit","name":"Bulk edit","launchedAt":"2026-03-02","problem":"Users cannot change many rows at once",
              "adoption":{"event":"bulk_saved","target":0.2,"withinDays":30},"funnel":["bulk_opened","rows_selected","bulk_saved"],
              "rageClickIgnore":["zoom*","page_next"],
              "successMetrics":[{"name":"Bulk edit tickets","ticketTags":["bulk-edit"],"better":"lower"}]}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role,email
            once,smb,pro,analyst,once@example.com
            twice,smb,pro,analyst,twice@example.com
            zoomer,smb,pro,analyst,zoomer@example.com
            presser,smb,pro,analyst,presser@example.com
            tapper,smb,pro,analyst,tapper@example.com
            pager,smb,pro,analyst,pager@example.com
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform,session_id,target,properties
            once,2026-03-03T10:00:00.000Z,bulk_opened,web,s-once,,
            once,2026-03-03T10:00:20.000Z,rows_selected,web,s-once,,
            twice,2026-03-03T10:00:00.000Z,bulk_opened,web,s-tw1,,
            twice,2026-03-03T10:00:30.000Z,bulk_opened,web,s-tw1,,
            twice,2026-03-05T10:00:00.000Z,bulk_opened,web,s-tw2,,
            twice,2026-03-05T10:00:20.000Z,rows_selected,web,s-tw2,,
            zoomer,2026-03-03T10:00:00.000Z,bulk_opened,web,s-zoom,,
            zoomer,2026-03-03T10:00:05.000Z,click,web,s-zoom,zoom_in,
            zoomer,2026-03-03T10:00:05.200Z,click,web,s-zoom,zoom_in,
            zoomer,2026-03-03T10:00:05.400Z,click,web,s-zoom,zoom_in,
            zoomer,2026-03-03T10:00:05.600Z,click,web,s-zoom,zoom_in,
            zoomer,2026-03-03T10:00:08.000Z,click,web,s-zoom,Zoom-Out,
            zoomer,2026-03-03T10:00:08.200Z,click,web,s-zoom,Zoom-Out,
            zoomer,2026-03-03T10:00:08.400Z,click,web,s-zoom,Zoom-Out,
            zoomer,2026-03-03T10:01:00.000Z,rows_selected,web,s-zoom,,
            zoomer,2026-03-03T10:02:00.000Z,bulk_saved,web,s-zoom,,
            pager,2026-03-03T10:00:00.000Z,bulk_opened,web,s-page,,
            pager,2026-03-03T10:00:05.000Z,click,web,s-page,page_next,
            pager,2026-03-03T10:00:05.300Z,click,web,s-page,page_next,
            pager,2026-03-03T10:00:05.600Z,click,web,s-page,page_next,
            pager,2026-03-03T10:02:00.000Z,rows_selected,web,s-page,,
            pager,2026-03-03T10:03:00.000Z,bulk_saved,web,s-page,,
            presser,2026-03-03T10:00:00.000Z,bulk_opened,web,s-press,,
            presser,2026-03-03T10:00:30.000Z,rows_selected,web,s-press,,
            presser,2026-03-03T10:00:40.000Z,click,web,s-press,save_button,
            presser,2026-03-03T10:00:40.300Z,click,web,s-press,save_button,
            presser,2026-03-03T10:00:40.600Z,click,web,s-press,save_button,
            presser,2026-03-03T10:00:42.000Z,bulk_saved,web,s-press,,
            tapper,2026-03-03T10:00:00.000Z,bulk_opened,ios,s-tap,,
            tapper,2026-03-03T10:00:10.000Z,rows_selected,ios,s-tap,,
            tapper,2026-03-03T10:00:20.000Z,bulk_saved,ios,s-tap,,
            tapper,2026-03-16T12:00:00.000Z,page_viewed,ios,s-last,,
            """;
    static final String TICKETS = """
            ticket_id,requester_email,created_at,subject,body,tags
            B1,tapper@example.com,2026-03-04T10:00:00Z,Checkboxes,The checkboxes don't respond when I tap them to bulk edit,"bulk-edit,tablet"
            B2,once@example.com,2026-03-04T11:00:00Z,Invoice,Please resend the March invoice,billing
            """;
    static final LocalDate LAST = LocalDate.of(2026, 3, 16);

    @TempDir
    Path temp;
    private Workspace workspace;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", TICKETS})) {
            SharedEventReadTest.importText(workspace, temp, file[0], file[1]);
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private StruggleReport analyse() {
        return TestServices.of(workspace).struggles().analyze("bulk-edit", null, LAST, Progress.NONE);
    }

    private static Set<String> who(StruggleReport r, SignalKind kind) {
        return r.signals().stream().filter(s -> s.kind() == kind).map(Signal::userId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> struggling(StruggleReport r) {
        return r.struggling().stream().map(p -> p.person().userId()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void oneAbandonmentIsAbandonedTwoAreAStruggle() {
        StruggleReport r = analyse();
        assertEquals(Set.of("once", "twice"), who(r, SignalKind.ABANDONED));
        assertEquals(List.of("stopped at bulk_opened (step 1 of 3)", "stopped at rows_selected (step 2 of 3)"),
                r.signals().stream().filter(s -> s.userId().equals("twice")).map(Signal::detail).toList(),
                "two sessions, two attempts; two opens in one session are one");
        assertEquals(Set.of("presser", "tapper", "twice"), struggling(r));
        TestServices.of(workspace).struggles().saveSettings(StruggleSettings.DEFAULTS.withAbandonedAttempts(3));
        assertEquals(Set.of("presser", "tapper"), struggling(analyse()), "the threshold is a setting");
    }

    @Test
    void expectedRepeatedClicksAreNotRage() {
        StruggleReport r = analyse();
        assertEquals(Set.of("presser"), who(r, SignalKind.RAGE_CLICKS), "zoom_in, Zoom-Out and page_next are in rageClickIgnore");
        workspace.settings().put("struggle.rageClickIgnore", "save_button");
        assertEquals(Set.of(), who(analyse(), SignalKind.RAGE_CLICKS), "the Thresholds field adds to the feature's list");
    }

    @Test
    void ticketsTaggedWithTheFeaturesKeyAreAboutItEvenWhenAMetricCountsTheTag() {
        StruggleReport r = analyse();
        assertEquals(Set.of("tapper"), who(r, SignalKind.TICKET));
        assertEquals("ticket B1: Checkboxes (tagged bulk-edit)",
                r.signals().stream().filter(s -> s.kind() == SignalKind.TICKET).findFirst().orElseThrow().detail());
    }
}
