package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.struggle.StruggleComparison;
import org.uptake.workspace.Workspace;

/**
 * Two windows of a feature launched before the data starts, with no target segments and its own event
 * names; every count below is worked out by hand from the events, person by person.
 */
public class ComparePeriodsTest {

    public static final String FEATURES = """
            [{"key":"reports","name":"Report export","launchedAt":"2026-01-01","adoption":{"event":"export_done","target":0.3,"withinDays":30},
              "funnel":["report_open","export_done"]},
             {"key":"reports-smb","name":"Report export for SMB","launchedAt":"2026-01-01",
              "adoption":{"event":"export_done","target":0.3,"withinDays":30},"funnel":["report_open","export_done"],"targetSegments":["smb"]}]
            """;
    public static final String PEOPLE = """
            user_id,segment,plan,role,email
            p1,smb,pro,admin,p1@example.com
            p2,smb,starter,viewer,p2@example.com
            p3,enterprise,pro,admin,p3@example.com
            p4,smb,pro,viewer,p4@example.com
            p5,enterprise,enterprise,admin,p5@example.com
            p6,,starter,viewer,p6@example.com
            p7,smb,pro,admin,p7@example.com
            """;
    // Other window (Feb 1–14): active p1 p2 p3 p5 p6 p7; export_done in it: p1, p5; funnel entered p1 p3 p7, completed p1
    // (p7's export comes after the window ends). Current window (Feb 15–28): active p1 p2 p3 p4 p5 p7; export_done in it:
    // p2 p3 p5 p7; funnel entered p2 p3 p4, completed p2 p3.
    public static final String EVENTS = """
            user_id,timestamp,event,platform,session_id,target,properties
            p1,2026-02-03T10:00:00.000Z,report_open,web,s1,,
            p1,2026-02-03T10:00:05.000Z,click,web,s1,export_btn,
            p1,2026-02-03T10:00:05.300Z,click,web,s1,export_btn,
            p1,2026-02-03T10:00:05.600Z,click,web,s1,export_btn,
            p1,2026-02-03T10:01:00.000Z,export_done,web,s1,,
            p1,2026-02-20T10:00:00.000Z,view,web,s2,,
            p2,2026-02-05T10:00:00.000Z,view,web,s3,,
            p2,2026-02-16T10:00:00.000Z,report_open,web,s4,,
            p2,2026-02-16T10:05:00.000Z,export_done,web,s4,,
            p3,2026-02-10T10:00:00.000Z,report_open,ios,s5,,
            p3,2026-02-25T10:00:00.000Z,report_open,ios,s6,,
            p3,2026-02-25T10:00:05.000Z,tap,ios,s6,export_btn,
            p3,2026-02-25T10:00:05.300Z,tap,ios,s6,export_btn,
            p3,2026-02-25T10:00:05.600Z,tap,ios,s6,export_btn,
            p3,2026-02-25T10:02:00.000Z,export_done,ios,s6,,
            p4,2026-02-20T10:00:00.000Z,report_open,web,s7,,
            p4,2026-02-28T10:00:00.000Z,view,web,s8,,
            p5,2026-02-02T10:00:00.000Z,export_done,android,s9,,
            p5,2026-02-18T10:00:00.000Z,export_done,android,s10,,
            p6,2026-02-12T10:00:00.000Z,view,web,s11,,
            p7,2026-02-14T23:00:00.000Z,report_open,web,s12,,
            p7,2026-02-15T01:00:00.000Z,export_done,web,s12,,
            """;
    // Tagged with the feature's key: p6 files in the other window, p2 and p4 in the current one.
    public static final String TICKETS = """
            ticket_id,requester_email,created_at,subject,body,tags
            T1,p6@example.com,2026-02-12T12:00:00Z,Question one,Something about the thing,reports
            T2,p2@example.com,2026-02-16T12:00:00Z,Question two,Something about the thing,reports
            T3,p4@example.com,2026-02-21T12:00:00Z,Question three,Something about the thing,reports
            """;
    static final LocalDate LAST = LocalDate.of(2026, 2, 28);

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkspaceServices services;

    @BeforeEach
    void build() throws Exception {
        workspace = workspace(temp);
        services = TestServices.of(workspace);
    }

    /** A workspace of these files, imported as an analyst would (the other comparison and pivot tests share it). */
    public static Workspace workspace(Path temp) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        WorkspaceServices services = TestServices.of(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", TICKETS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            services.importer().importFile(services.importer().plan(path), Progress.NONE);
        }
        return workspace;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ComparedPeriods byDefault() {
        return ComparedPeriods.of(null, null, null, services.adoption().lastDay());
    }

    @Test
    void theDefaultComparesTheLastFourteenDataDaysWithTheFourteenBefore() {
        assertEquals(new ComparedPeriods(new Period(LocalDate.of(2026, 2, 15), LAST), new Period(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 14))), byDefault());
        assertEquals(new ComparedPeriods(new Period(LocalDate.of(2026, 2, 20), LAST), new Period(LocalDate.of(2026, 1, 3),
                LocalDate.of(2026, 1, 4))), ComparedPeriods.of(LocalDate.of(2026, 2, 20), null, "2026-01-03..2026-01-04", LAST));
        assertEquals("A period is written YYYY-MM-DD..YYYY-MM-DD, not '2026-01-03'.",
                assertThrows(IllegalArgumentException.class, () -> ComparedPeriods.of(null, null, "2026-01-03", LAST)).getMessage());
    }

    @Test
    void adoptionInAWindowIsTheShareOfItsActivePeopleWhoDidTheAdoptionEventInIt() {
        AdoptionComparison c = services.periods().compare("reports", byDefault(), 7);
        assertEquals(new RateComparison.Rate(4, 6, 4 / 6.0), c.adoption().current());
        assertEquals(new RateComparison.Rate(2, 6, 2 / 6.0), c.adoption().other());
        assertEquals(2 / 6.0, c.adoption().difference(), 1e-12);
        assertEquals("all active people", c.audience());
        assertEquals(List.of(), c.caveats());
    }

    @Test
    void adoptionInAWindowCountsOnlyTheTargetAudience() {
        AdoptionComparison c = services.periods().compare("reports-smb", byDefault(), 7);
        // smb: p1 p2 p4 p7. Current: all four active, p2 and p7 exported; other: p1 p2 p7 active, p1 exported.
        assertEquals(new RateComparison.Rate(2, 4, 0.5), c.adoption().current());
        assertEquals(new RateComparison.Rate(1, 3, 1 / 3.0), c.adoption().other());
        assertEquals("smb", c.audience());
        // The funnel counts everyone who entered it, as the funnel report does.
        assertEquals(new RateComparison.Rate(2, 3, 2 / 3.0), c.funnelConversion().current());
    }

    @Test
    void funnelConversionCountsAttemptsThatStartAndFinishInsideEachWindow() {
        AdoptionComparison c = services.periods().compare("reports", byDefault(), 7);
        assertEquals(new RateComparison.Rate(2, 3, 2 / 3.0), c.funnelConversion().current());
        assertEquals(new RateComparison.Rate(1, 3, 1 / 3.0), c.funnelConversion().other());
        assertEquals(List.of("export_done"), c.funnelSteps().stream().map(RateComparison::name).toList());
    }

    @Test
    void struggleShareAndTicketRateInEachWindow() {
        StruggleComparison c = services.strugglePeriods().compare("reports", byDefault(), Progress.NONE);
        // Current: entrants p1 p2 p3 p4 p5 p7 (p1 and p5 adopted earlier); struggling p3 (rage taps), p2 and p4 (tickets).
        assertEquals(new RateComparison.Rate(3, 6, 0.5), c.struggleShare().current());
        // Other: entrants p1 p3 p5 p7; struggling p1 (rage clicks); p6's ticket counts against no entry.
        assertEquals(new RateComparison.Rate(1, 4, 0.25), c.struggleShare().other());
        assertEquals(new RateComparison.Rate(2, 6, 2 / 6.0), c.ticketRate().current());
        assertEquals(new RateComparison.Rate(1, 6, 1 / 6.0), c.ticketRate().other());
    }

    @Test
    void aWindowBeforeLaunchHasNothingToCountAndSaysSo() {
        ComparedPeriods periods = ComparedPeriods.of(null, null, "2025-12-01..2025-12-14", LAST);
        AdoptionComparison c = services.periods().compare("reports", periods, 7);
        assertEquals(new RateComparison.Rate(0, 0, 0), c.adoption().other());
        assertEquals(null, c.adoption().difference());
        assertEquals(List.of("the other window (2025-12-01..2025-12-14) ends before launch on 2026-01-01: there is nothing to count in it"),
                c.caveats());
    }
}
