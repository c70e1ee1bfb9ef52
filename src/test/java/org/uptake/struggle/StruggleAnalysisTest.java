package org.uptake.struggle;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** Each detector on a hand-built workspace: a hit, and near-misses just outside every threshold. */
class StruggleAnalysisTest {

    static final String FEATURES = """
            [{"key":"widgets","name":"Widgets","launchedAt":"2026-03-02","problem":"People cannot arrange widgets on their dashboard",
              "adoption":{"event":"save","target":0.25,"withinDays":30},"funnel":["open","move","save"],"revertEvent":"reset",
              "legacyEvents":["filter"],"targetSegments":["smb"],
              "successMetrics":[{"name":"Navigation tickets","ticketTags":["nav"],"better":"lower"}]}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role,email
            rage,smb,pro,analyst,rage@example.com
            latemiss,smb,pro,analyst,latemiss@example.com
            farmiss,smb,pro,analyst,farmiss@example.com
            nocoord,enterprise,enterprise,analyst,nocoord@example.com
            outside,smb,pro,analyst,outside@example.com
            spread,smb,pro,analyst,spread@example.com
            undo,enterprise,enterprise,viewer,undo@example.com
            undoslow,enterprise,enterprise,viewer,undoslow@example.com
            undofew,smb,pro,viewer,undofew@example.com
            broken,enterprise,enterprise,analyst,broken@example.com
            admin,enterprise,enterprise,admin,admin@example.com
            old,smb,starter,viewer,old@example.com
            oldent,enterprise,enterprise,viewer,oldent@example.com
            oldonce,smb,starter,viewer,oldonce@example.com
            ticketer,smb,pro,manager,ticketer@example.com
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform,session_id,target,properties
            rage,2026-03-03T10:00:00.000Z,open,web,s-rage,,
            rage,2026-03-03T10:00:05.000Z,click,web,s-rage,handle,"{""x"":100,""y"":200}"
            rage,2026-03-03T10:00:05.450Z,click,web,s-rage,handle,"{""x"":110,""y"":210}"
            rage,2026-03-03T10:00:05.900Z,click,web,s-rage,handle,"{""x"":95,""y"":190}"
            latemiss,2026-03-03T10:00:00.000Z,open,web,s-late,,
            latemiss,2026-03-03T10:00:05.000Z,click,web,s-late,handle,"{""x"":100,""y"":200}"
            latemiss,2026-03-03T10:00:05.500Z,click,web,s-late,handle,"{""x"":100,""y"":200}"
            latemiss,2026-03-03T10:00:06.001Z,click,web,s-late,handle,"{""x"":100,""y"":200}"
            farmiss,2026-03-03T10:00:00.000Z,open,web,s-far,,
            farmiss,2026-03-03T10:00:05.000Z,click,web,s-far,handle,"{""x"":100,""y"":200}"
            farmiss,2026-03-03T10:00:05.200Z,click,web,s-far,handle,"{""x"":131,""y"":200}"
            farmiss,2026-03-03T10:00:05.400Z,click,web,s-far,handle,"{""x"":162,""y"":200}"
            nocoord,2026-03-03T10:00:00.000Z,open,ios,s-noc,,
            nocoord,2026-03-03T10:00:05.000Z,tap,ios,s-noc,handle,
            nocoord,2026-03-03T10:00:05.400Z,tap,ios,s-noc,handle,
            nocoord,2026-03-03T10:00:05.800Z,tap,ios,s-noc,handle,
            outside,2026-03-03T09:00:00.000Z,click,web,s-other,handle,"{""x"":100,""y"":200}"
            outside,2026-03-03T09:00:00.300Z,click,web,s-other,handle,"{""x"":100,""y"":200}"
            outside,2026-03-03T09:00:00.600Z,click,web,s-other,handle,"{""x"":100,""y"":200}"
            outside,2026-03-03T10:00:00.000Z,open,web,s-out,,
            spread,2026-03-03T10:00:00.000Z,open,web,s-spread,,
            spread,2026-03-03T10:00:05.000Z,click,web,s-spread,handle,
            spread,2026-03-03T10:00:05.300Z,click,web,s-spread,menu,
            spread,2026-03-03T10:00:05.600Z,click,web,s-spread,save_button,
            undo,2026-03-03T10:00:00.000Z,open,web,s-undo,,
            undo,2026-03-03T10:00:10.000Z,undo,web,s-undo,,
            undo,2026-03-03T10:00:25.000Z,redo,web,s-undo,,
            undo,2026-03-03T10:00:40.000Z,undo,web,s-undo,,
            undo,2026-03-03T10:00:55.000Z,redo,web,s-undo,,
            undoslow,2026-03-03T10:00:00.000Z,open,web,s-slow,,
            undoslow,2026-03-03T10:00:10.000Z,undo,web,s-slow,,
            undoslow,2026-03-03T10:00:30.000Z,redo,web,s-slow,,
            undoslow,2026-03-03T10:00:50.000Z,undo,web,s-slow,,
            undoslow,2026-03-03T10:01:11.000Z,redo,web,s-slow,,
            undofew,2026-03-03T10:00:00.000Z,open,web,s-few,,
            undofew,2026-03-03T10:00:02.000Z,undo,web,s-few,,
            undofew,2026-03-03T10:00:06.000Z,redo,web,s-few,,
            undofew,2026-03-03T10:00:10.000Z,undo,web,s-few,,
            broken,2026-03-03T10:00:00.000Z,open,web,s-broken,,
            broken,2026-03-03T10:00:20.000Z,move,web,s-broken,handle,
            broken,2026-03-03T10:01:00.000Z,save,web,s-broken,,"{""widgets_rendered"":2,""widgets_expected"":6}"
            broken,2026-03-03T10:01:03.000Z,render_error,web,s-broken,,"{""error"":""LayoutRenderError""}"
            broken,2026-03-03T11:00:00.000Z,reset,web,s-broken2,,
            admin,2026-03-03T10:00:00.000Z,open,web,s-admin,,
            admin,2026-03-03T10:00:20.000Z,move,web,s-admin,handle,
            admin,2026-03-03T10:01:00.000Z,save,web,s-admin,,"{""widgets_rendered"":6,""widgets_expected"":6}"
            admin,2026-03-03T10:31:00.000Z,reset,web,s-admin,,
            old,2026-03-04T10:00:00.000Z,filter,web,s-old1,,
            old,2026-03-05T10:00:00.000Z,filter,web,s-old2,,
            oldent,2026-03-04T10:00:00.000Z,filter,web,s-oe1,,
            oldent,2026-03-05T10:00:00.000Z,filter,web,s-oe2,,
            oldonce,2026-03-04T10:00:00.000Z,filter,web,s-oo1,,
            oldonce,2026-03-04T11:00:00.000Z,filter,web,s-oo1,,
            ticketer,2026-03-03T10:00:00.000Z,open,android,s-tick,,
            ticketer,2026-03-03T10:00:05.000Z,click,android,s-tick,handle,"{""x"":10,""y"":10}"
            ticketer,2026-03-03T10:00:05.300Z,click,android,s-tick,handle,"{""x"":12,""y"":12}"
            ticketer,2026-03-03T10:00:05.600Z,click,android,s-tick,handle,"{""x"":14,""y"":14}"
            ticketer,2026-03-03T10:00:05.900Z,click,android,s-tick,handle,"{""x"":16,""y"":16}"
            ticketer,2026-03-16T12:00:00.000Z,page,android,s-last,,
            """;
    static final String TICKETS = """
            ticket_id,requester_email,created_at,subject,body,tags
            T0,ticketer@example.com,2026-02-20T10:00:00Z,Widgets beta,How do I join the widgets beta?,widgets
            T1,ticketer@example.com,2026-03-04T10:00:00Z,Handle stuck,The handle does not respond,widgets mobile
            T2,undofew@example.com,2026-03-04T09:00:00Z,Cannot arrange widgets,I cannot arrange the widgets on my dashboard,mobile
            T3,farmiss@example.com,2026-03-05T09:00:00Z,Where are my widgets?,I cannot arrange widgets on the dashboard,nav
            T4,rage@example.com,2026-03-05T09:00:00Z,Invoice address change,Please update the billing address,billing
            """;
    static final LocalDate LAST = LocalDate.of(2026, 3, 16);

    @TempDir
    Path temp;

    private Workspace workspace;
    private StruggleReport report;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", TICKETS})) {
            SharedEventReadTest.importText(workspace, temp, file[0], file[1]);
        }
        report = TestServices.of(workspace).struggles().analyze("widgets", null, LAST, Progress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Set<String> who(SignalKind kind) {
        return report.signals().stream().filter(s -> s.kind() == kind).map(Signal::userId).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Signal> of(SignalKind kind, String userId) {
        return report.signals().stream().filter(s -> s.kind() == kind && s.userId().equals(userId)).toList();
    }

    @Test
    void rageClicksNeedTheSameTargetWithinTheTimeAndDistance() {
        // latemiss: 1,001 ms; farmiss: 31 px from the first click; outside: not in a feature session;
        // spread: three different targets. nocoord has no coordinates, so only time counts.
        assertEquals(Set.of("rage", "nocoord", "ticketer"), who(SignalKind.RAGE_CLICKS));
        Signal rage = of(SignalKind.RAGE_CLICKS, "rage").get(0);
        assertEquals(Instant.parse("2026-03-03T10:00:05.900Z"), rage.at(), "known at the last click of the burst");
        assertEquals("3 clicks in 0.9 s on handle", rage.detail());
        assertEquals(3, rage.evidence().size());
        assertEquals("4 clicks in 0.9 s on handle", of(SignalKind.RAGE_CLICKS, "ticketer").get(0).detail(),
                "one burst, not two overlapping ones");
    }

    @Test
    void thresholdsAreWorkspaceSettings() {
        StruggleAnalysis analysis = TestServices.of(workspace).struggles();
        StruggleSettings d = StruggleSettings.DEFAULTS;
        analysis.saveSettings(new StruggleSettings(4, d.rageWindowMs(), d.rageDistancePx(), d.undoCount(), d.undoWindowMs(),
                d.contextMinutes(), d.workaroundDays(), null, d.abandonedAttempts(), d.minClusterPeople(), d.falseDiscoveryRate(),
                List.of()));
        assertEquals(4, analysis.settings().rageClicks());
        report = analysis.analyze("widgets", null, LAST, Progress.NONE);
        assertEquals(Set.of("ticketer"), who(SignalKind.RAGE_CLICKS), "only ticketer clicked four times");
        workspace.settings().put("struggle.undoCount", "many");
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, analysis::settings);
        assertEquals("The setting struggle.undoCount is 'many', which is not a number.", bad.getMessage());
    }

    @Test
    void undoLoopsNeedFourWithinAMinute() {
        // undoslow spans 61 s; undofew has three.
        assertEquals(Set.of("undo"), who(SignalKind.UNDO_LOOP));
        assertEquals("4 undo/redo in 45 s", of(SignalKind.UNDO_LOOP, "undo").get(0).detail());
    }

    @Test
    void errorsAndBrokenStatesInTheFeaturesContext() {
        assertEquals(Set.of("broken"), who(SignalKind.ERROR), "admin's save rendered 6 of 6");
        assertEquals(List.of("broken state after save: widgets_rendered 2 of 6 expected", "render_error: LayoutRenderError"),
                of(SignalKind.ERROR, "broken").stream().map(Signal::detail).toList());
    }

    @Test
    void abandonedWorkflowsNameTheStepAndWaitForTheWindow() {
        Signal s = of(SignalKind.ABANDONED, "undo").get(0);
        assertEquals("stopped at open (step 1 of 3)", s.detail());
        assertEquals(Instant.parse("2026-03-10T10:00:00Z"), s.at(), "step 1 plus the 7-day conversion window");
        assertEquals(Set.of("rage", "latemiss", "farmiss", "nocoord", "outside", "spread", "undo", "undoslow", "undofew", "ticketer"),
                who(SignalKind.ABANDONED));
        assertTrue(of(SignalKind.ABANDONED, "broken").isEmpty(), "broken completed the funnel");
    }

    @Test
    void workaroundsAreLegacyUseOnTwoDaysByPeopleTheFeatureIsFor() {
        // oldent is enterprise (not a target segment); oldonce used the legacy event on one day only.
        assertEquals(Set.of("old"), who(SignalKind.WORKAROUND));
        assertEquals("filter on 2 days since launch, not adopted", of(SignalKind.WORKAROUND, "old").get(0).detail());
    }

    @Test
    void ticketsByTagOrTextButNotTheProblemTheFeatureSolves() {
        // T0 is before launch, T3 carries a success metric's tag, T4 is about billing.
        assertEquals(Set.of("ticketer", "undofew"), who(SignalKind.TICKET));
        assertTrue(of(SignalKind.TICKET, "ticketer").get(0).detail().endsWith("(tagged widgets)"));
        assertTrue(of(SignalKind.TICKET, "undofew").get(0).detail().contains("text similarity"));
    }

    @Test
    void earlyWarningCountsStruggleSeenBeforeTheTicket() {
        EarlyWarning w = report.earlyWarning();
        // ticketer raged a day before T1; undofew's abandonment was only known after T2.
        assertEquals(2, w.ticketPeople());
        assertEquals(1, w.detectedBefore());
        assertEquals(0.5, w.share(), 1e-12);
        assertEquals("ticketer", w.people().stream().filter(EarlyWarning.Row::detectedBefore).findFirst().orElseThrow().userId());
    }

    @Test
    void bugSuspectsAreRevertersAndDefectEvidence() {
        Map<String, BugSuspect> suspects = report.bugSuspects().stream()
                .collect(Collectors.toMap(b -> b.person().userId(), b -> b));
        assertEquals(Set.of("broken", "admin"), suspects.keySet());
        assertTrue(suspects.get("broken").defect() && suspects.get("broken").reverted());
        assertFalse(suspects.get("admin").defect(), "a quick reset with no error is a choice");
        assertTrue(suspects.get("admin").reverted());
    }

    @Test
    void scoresWeighKindsAndCapRepeats() {
        StrugglingPerson ticketer = report.struggling().stream().filter(p -> p.person().userId().equals("ticketer")).findFirst().orElseThrow();
        assertEquals(SignalKind.RAGE_CLICKS.weight() + SignalKind.ABANDONED.weight() + SignalKind.TICKET.weight(), ticketer.score());
        assertFalse(report.struggling().stream().anyMatch(p -> p.person().userId().equals("old")),
                "a workaround alone is a habit, not a struggle");
    }
}
