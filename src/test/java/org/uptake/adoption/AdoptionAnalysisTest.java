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
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Every adoption figure on a hand-built workspace whose answers are worked out by hand below. */
class AdoptionAnalysisTest {

    static final String FEATURES = """
            [{"key":"widgets","name":"Widgets","launchedAt":"2026-03-02","adoption":{"event":"save","target":0.25,"withinDays":30},
              "funnel":["open","move","save"],"revertEvent":"reset","targetSegments":["smb"]}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role,created_at
            u1,smb,pro,admin,2026-01-01T00:00:00Z
            u2,enterprise,enterprise,analyst,2026-03-05T12:00:00Z
            u3,,pro,analyst,2026-01-01T00:00:00Z
            u4,smb,starter,viewer,2026-01-01T00:00:00Z
            u5,enterprise,enterprise,viewer,2026-01-01T00:00:00Z
            u6,smb,pro,viewer,2026-01-01T00:00:00Z
            u7,smb,pro,viewer,2026-01-01T00:00:00Z
            u8,enterprise,enterprise,admin,2026-01-01T00:00:00Z
            u9,smb,pro,analyst,2026-01-01T00:00:00Z
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            u1,2026-03-03T10:00:00Z,open,web
            u1,2026-03-03T10:01:00Z,move,web
            u1,2026-03-03T10:02:00Z,save,web
            u1,2026-03-03T20:00:00Z,reset,web
            u2,2026-03-06T09:00:00Z,open,ios
            u2,2026-03-06T09:05:00Z,move,ios
            u2,2026-03-06T12:00:00Z,save,ios
            u3,2026-03-04T09:00:00Z,open,web
            u3,2026-03-12T10:00:00Z,open,web
            u3,2026-03-12T10:01:00Z,move,web
            u3,2026-03-12T10:02:00Z,save,web
            u4,2026-02-20T09:00:00Z,save,web
            u4,2026-03-05T09:00:00Z,page,web
            u5,2026-03-05T09:00:00Z,open,android
            u5,2026-03-13T09:00:00Z,move,android
            u6,2026-02-25T09:00:00Z,page,web
            u7,2026-03-20T09:00:00Z,save,web
            u8,2026-03-03T00:00:00Z,save,web
            u9,2026-03-02T10:00:00Z,save,web
            u9,2026-03-10T10:00:00Z,page,web
            """;
    static final LocalDate LAST = LocalDate.of(2026, 3, 16);

    @TempDir
    Path temp;

    private Workspace workspace;
    private AdoptionAnalysis analysis;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        analysis = new AdoptionAnalysis(workspace, FeaturePeople.cache(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void adoptionAgainstTargetAndPace() {
        AdoptionSummary s = analysis.summary("widgets", null, LAST);
        // Active on or after launch in the window: u1 u2 u3 u4 u5 u8 u9 (u6 only before launch, u7 only after the window).
        assertEquals(7, s.activePeople());
        // u4 saved before launch only; u5 never saved.
        assertEquals(5, s.adopters());
        assertEquals(5 / 7.0, s.adoptionRate(), 1e-12);
        assertEquals(14, s.daysSinceLaunch());
        assertEquals(0.25 * 14 / 30, s.pace(), 1e-12);
        assertEquals(List.of(new AdoptionSummary.Breakdown("(none)", 1, 1, 1.0),
                new AdoptionSummary.Breakdown("enterprise", 3, 2, 2 / 3.0),
                new AdoptionSummary.Breakdown("smb", 3, 2, 2 / 3.0)), s.bySegment());
        assertEquals(List.of(new AdoptionSummary.Breakdown("admin", 2, 2, 1.0),
                new AdoptionSummary.Breakdown("analyst", 3, 3, 1.0),
                new AdoptionSummary.Breakdown("viewer", 2, 0, 0.0)), s.byRole());
        assertEquals(List.of(new AdoptionSummary.Breakdown("android", 1, 0, 0.0),
                new AdoptionSummary.Breakdown("ios", 1, 1, 1.0),
                new AdoptionSummary.Breakdown("web", 5, 4, 0.8)), s.byPlatform());
    }

    @Test
    void theHeadlineRateIsTheTargetSegmentsAndTheAllActiveRateStaysBesideIt() {
        AdoptionSummary s = analysis.summary("widgets", null, LAST);
        AdoptionSummary.TargetAudience smb = s.targetAudience();
        // Active smb people: u1, u4, u9 (u6 only before launch, u7 only after the window); u1 and u9 adopted.
        assertEquals(List.of("smb"), smb.segments());
        assertEquals(List.of(3, 2), List.of(smb.activePeople(), smb.adopters()));
        assertEquals(2 / 3.0, s.headlineRate(), 1e-12);
        assertEquals(5 / 7.0, s.adoptionRate(), 1e-12, "all active people, shown beside the headline");
        double u9 = 10 / 24.0;
        double u1 = 1 + 602 / 1440.0;
        assertEquals(new AdoptionSummary.TimeToFirstUse(2, (u9 + u1) / 2, u9 + 0.75 * (u1 - u9), 1.0, 0), smb.timeToFirstUse());
        assertEquals(null, s.caveat(), "the data starts before launch");
    }

    @Test
    void aRateStandsAgainstTargetAndPaceOneWayForTablesAndRecommendations() {
        AdoptionSummary s = analysis.summary("widgets", null, LAST);
        assertEquals(List.of(AdoptionSummary.Standing.AT_TARGET, AdoptionSummary.Standing.ON_PACE, AdoptionSummary.Standing.BEHIND_PACE),
                List.of(s.standing(0.25), s.standing(0.21), s.standing(0.11)), "pace is 11.7% after 14 of 30 days");
    }

    @Test
    void timeToFirstUseCountsFromLaunchOrCreationWhicheverIsLater() {
        AdoptionSummary.TimeToFirstUse t = analysis.summary("widgets", null, LAST).timeToFirstUse();
        double u9 = 10 / 24.0;
        double u1 = 1 + 602 / 1440.0;
        double u2 = 1.0;
        double u8 = 1.0;
        double u3 = 10 + 602 / 1440.0;
        double[] sorted = {u9, u2, u8, u1, u3};
        assertEquals(5, t.adopters());
        assertEquals(1.0, t.medianDays(), 1e-12, "the middle of five, a tie of two people at exactly one day");
        assertEquals(sorted[3], t.p75Days(), 1e-12, "rank 0.75 × 4 = 3 exactly");
        assertEquals(4 / 5.0, t.within7Days(), 1e-12);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        AdoptionSummary.TimeToFirstUse t = analysis.summary("widgets", null, LocalDate.of(2026, 3, 11)).timeToFirstUse();
        // u3 adopts on 12 March, outside this window: four adopters remain.
        assertEquals(4, t.adopters());
        assertEquals((1.0 + 1.0) / 2, t.medianDays(), 1e-12);
        assertEquals(1.0 + 0.25 * (602 / 1440.0), t.p75Days(), 1e-12, "rank 2.25: a quarter of the way from 1.0 to u1's 1 day 10 h 2 min");
    }

    @Test
    void abandonedRevertedAndStopped() {
        AdoptionSummary s = analysis.summary("widgets", null, LAST);
        // u5 opened but moved 8 days later, outside the 7-day window; u3's first attempt stalled, the second finished.
        assertEquals(1, s.abandoned());
        assertEquals(1 / 7.0, s.abandonmentRate(), 1e-12);
        // u1 reset 10 hours after saving.
        assertEquals(1, s.reverted());
        // u9 saved on launch day and was active on 10 March without using the feature in the last 14 days (3–16 March).
        assertEquals(1, s.stopped());
    }

    @Test
    void funnelOverallAndByPlatform() {
        FunnelReport overall = analysis.funnel("widgets", FunnelReport.Breakdown.NONE, 7, null, LAST);
        assertEquals(List.of(new FunnelReport.Group("all", List.of(new FunnelReport.Step("open", 4, 1.0),
                new FunnelReport.Step("move", 3, 0.75), new FunnelReport.Step("save", 3, 1.0)))), overall.groups());
        FunnelReport longer = analysis.funnel("widgets", FunnelReport.Breakdown.NONE, 10, null, LAST);
        assertEquals(4, longer.groups().get(0).steps().get(1).people(), "with a 10-day window u5's move counts");
        FunnelReport byPlatform = analysis.funnel("widgets", FunnelReport.Breakdown.PLATFORM, 7, null, LAST);
        assertEquals(List.of("android", "ios", "web"), byPlatform.groups().stream().map(FunnelReport.Group::value).toList());
        assertEquals(List.of(1, 0, 0), byPlatform.groups().get(0).steps().stream().map(FunnelReport.Step::people).toList());
        assertEquals(List.of(2, 2, 2), byPlatform.groups().get(2).steps().stream().map(FunnelReport.Step::people).toList());
    }

    @Test
    void theAdoptionCurveDayByDay() {
        AdoptionCurve curve = analysis.curve("widgets", LAST);
        assertEquals(15, curve.days().size());
        assertEquals(new AdoptionCurve.Day(LocalDate.of(2026, 3, 2), 1, 1, 1, 1.0, 0.0), curve.days().get(0));
        assertEquals(new AdoptionCurve.Day(LocalDate.of(2026, 3, 3), 2, 3, 3, 1.0, 0.25 / 30), curve.days().get(1));
        assertEquals(new AdoptionCurve.Day(LocalDate.of(2026, 3, 6), 1, 4, 7, 4 / 7.0, 0.25 * 4 / 30), curve.days().get(4));
        assertEquals(new AdoptionCurve.Day(LAST, 0, 5, 7, 5 / 7.0, 0.25 * 14 / 30), curve.days().get(14));
        // New adopters over the last 14 days (3–16 March): 2,0,0,1,0,0,0,0,0,1,0,0,0,0.
        assertEquals(AdoptionCurve.slope(new int[] {2, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}), curve.trendPerDay(), 1e-12);
        assertEquals(-14 / 227.5, curve.trendPerDay(), 1e-12, "Σ(x − 6.5)·y = −14 over Σ(x − 6.5)² = 227.5");
    }

    @Test
    void depthTiersAndTheL28Curve() {
        UsageDepth depth = analysis.depth("widgets", LAST);
        // u8 and u9 used it once; u1 (4 uses), u2 (3) and u3 (4) are regular; nobody used it on 8 days.
        assertEquals(List.of(2, 3, 0), List.of(depth.surface(), depth.regular(), depth.power()));
        assertEquals(5, depth.l28().get(0), "one day: u1 u2 u4 u8 u9");
        assertEquals(2, depth.l28().get(1), "two days: u3 u5");
        assertEquals(7, depth.l28().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theShouldBeUsingListHoldsActiveNonAdoptersOfTheTargetSegments() {
        assertEquals(List.of(new NonAdopter("u4", "smb", "starter", "viewer", null, 1, 1)),
                analysis.shouldBeUsing("widgets", null, LAST, 10));
    }

    @Test
    void thePeopleBehindEachNumberMostActiveFirst() {
        assertEquals(List.of("u1", "u3", "u2", "u9", "u8"), users(PeopleQuery.of(PeopleQuery.Kind.ADOPTERS)));
        assertEquals(List.of("u5"), users(PeopleQuery.of(PeopleQuery.Kind.ABANDONED)));
        assertEquals(List.of("u1"), users(PeopleQuery.of(PeopleQuery.Kind.REVERTED)));
        assertEquals(List.of("u9"), users(PeopleQuery.of(PeopleQuery.Kind.STOPPED)));
        assertEquals(List.of("u3"), users(PeopleQuery.breakdown("segment", "(none)")));
        assertEquals(List.of("u1", "u3", "u2"), users(PeopleQuery.funnelStep(1, FunnelReport.Breakdown.NONE, "all")));
        assertEquals(List.of("u2"), users(PeopleQuery.funnelStep(2, FunnelReport.Breakdown.PLATFORM, "ios")));
        PersonRow u1 = analysis.people("widgets", null, LAST, PeopleQuery.of(PeopleQuery.Kind.ADOPTERS), 7).get(0);
        assertEquals(new PersonRow("u1", null, "smb", "pro", "admin", null, null, java.time.Instant.parse("2026-03-03T10:02:00Z"), 3, 1, 4), u1);
    }

    @Test
    void theFunnelsPlatformAndAdoptionsPlatformHaveDifferentNames() {
        assertEquals("People who reached save (platform of the attempt ios)",
                PeopleQuery.funnelStep(2, FunnelReport.Breakdown.PLATFORM, "ios").describe(List.of("open", "move", "save")));
        assertEquals("main platform", AdoptionSummary.MAIN_PLATFORM);
        // The adoption table's rows carry "main platform"; double-clicking one finds its people.
        assertEquals(List.of("u2"), users(PeopleQuery.breakdown(AdoptionSummary.MAIN_PLATFORM, "ios")));
    }

    @Test
    void aPersonsTimeline() {
        assertEquals(List.of("open", "move", "save", "reset"),
                analysis.timeline("u1").stream().map(TimelineEvent::event).toList());
        assertEquals(java.time.Instant.parse("2026-03-03T10:00:00Z"), analysis.timeline("u1").get(0).at());
    }

    private List<String> users(PeopleQuery query) {
        return analysis.people("widgets", null, LAST, query, 7).stream().map(PersonRow::userId).toList();
    }

    @Test
    void anUnknownFeatureIsNamed() {
        assertEquals("No feature 'nope' in this workspace; import its features.json first.",
                assertThrows(IllegalArgumentException.class, () -> analysis.summary("nope", null, null)).getMessage());
    }
}
