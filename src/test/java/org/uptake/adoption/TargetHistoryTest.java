package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.Workspace;

/**
 * Curves of past launches and the advice they give, on six people whose adoption is counted by hand
 * in the comments: a launch before the data starts, one too young to be history, one aimed at a segment.
 */
public class TargetHistoryTest {

    public static final String FEATURES = """
            [{"key":"alpha","name":"Alpha","launchedAt":"2026-01-05","adoption":{"event":"a_use","target":0.5,"withinDays":30},
              "targetSegments":["smb"]},
             {"key":"beta","name":"Beta","launchedAt":"2026-01-10","adoption":{"event":"b_use","target":0.3,"withinDays":30}},
             {"key":"gamma","name":"Gamma","launchedAt":"2026-02-01","adoption":{"event":"c_use","target":0.2,"withinDays":14}},
             {"key":"delta","name":"Delta","launchedAt":"2026-03-06","adoption":{"event":"d_use","target":0.4,"withinDays":30}},
             {"key":"old","name":"Old","launchedAt":"2025-12-01","adoption":{"event":"o_use","target":0.1,"withinDays":30}}]
            """;
    public static final String PEOPLE = """
            user_id,segment,plan,role,created_at
            p1,smb,pro,admin,2025-06-01T00:00:00Z
            p2,smb,pro,admin,2025-06-01T00:00:00Z
            p3,enterprise,pro,admin,2025-06-01T00:00:00Z
            p4,enterprise,pro,admin,2025-06-01T00:00:00Z
            p5,smb,pro,admin,2025-06-01T00:00:00Z
            p6,,pro,admin,2025-06-01T00:00:00Z
            """;
    public static final String EVENTS = """
            user_id,timestamp,event,platform
            p1,2026-01-01T09:00:00Z,page,web
            p1,2026-01-06T09:00:00Z,a_use,web
            p1,2026-01-12T09:00:00Z,b_use,web
            p1,2026-03-16T09:00:00Z,page,web
            p2,2026-01-01T09:00:00Z,page,web
            p2,2026-01-08T09:00:00Z,page,web
            p2,2026-02-03T09:00:00Z,c_use,web
            p2,2026-02-10T09:00:00Z,a_use,web
            p3,2026-01-01T09:00:00Z,page,web
            p3,2026-01-07T09:00:00Z,a_use,web
            p3,2026-02-20T09:00:00Z,b_use,web
            p4,2026-01-01T09:00:00Z,page,web
            p4,2026-01-20T09:00:00Z,page,web
            p4,2026-02-05T09:00:00Z,c_use,web
            p4,2026-03-10T09:00:00Z,d_use,web
            p5,2026-01-01T09:00:00Z,page,web
            p5,2026-02-20T09:00:00Z,page,web
            p5,2026-03-07T09:00:00Z,d_use,web
            p6,2026-01-01T09:00:00Z,page,web
            p6,2026-01-11T09:00:00Z,b_use,web
            p6,2026-02-28T09:00:00Z,page,web
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private TargetHistory history;

    @BeforeEach
    void build() throws Exception {
        workspace = HandBuiltWorkspace.of(temp, "features.json", FEATURES, "people.csv", PEOPLE, "events.csv", EVENTS);
        history = new TargetHistory(workspace, FeaturePeople.cache(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void pastLaunchesAreOldEnoughAndLaunchedInsideTheData() {
        List<LaunchCurve> all = history.launches();
        assertEquals(List.of("old", "alpha", "beta", "gamma", "delta"), all.stream().map(LaunchCurve::featureKey).toList());
        // delta is 10 days old; old launched before the data's first day (1 January), so its first weeks are unseen.
        assertEquals(List.of("alpha", "beta", "gamma"), history.past(all).stream().map(LaunchCurve::featureKey).toList());
        assertEquals(Arrays.asList(null, null, null, null, null), rates(all.get(0).overall()), "old's curve cannot be read at all");
    }

    @Test
    void aCurveCountsTheTargetAudienceActiveSinceLaunchAndCensorsDaysTheDataHasNotReached() {
        LaunchCurve alpha = history.launches().get(1);
        // Audience smb: p1 (active 6 Jan, adopts 6 Jan), p2 (active 8 Jan, adopts 10 Feb = day 36), p5 (active again 20 Feb = day 46).
        // Day 90 is past 16 March (70 days of data): censored, with the counts so far.
        assertEquals(List.of(new LaunchCurve.Point(7, 2, 1, 0.5), new LaunchCurve.Point(14, 2, 1, 0.5),
                new LaunchCurve.Point(30, 2, 1, 0.5), new LaunchCurve.Point(60, 3, 2, 2 / 3.0), new LaunchCurve.Point(90, 3, 2, null)),
                alpha.overall());
        // enterprise: p3 (active and adopts 7 Jan), p4 (active 20 Jan, never adopts); (none): p6, active 11 Jan.
        assertEquals(List.of("(none)", "enterprise", "smb"), List.copyOf(alpha.bySegment().keySet()));
        assertEquals(List.of(1.0, 1.0, 0.5, 0.5), rates(alpha.bySegment().get("enterprise")).subList(0, 4));
        assertEquals(new LaunchCurve.Point(7, 1, 0, 0.0), alpha.bySegment().get("(none)").get(0));
        assertEquals(new LaunchCurve.Point(30, 2, 1, 0.5), alpha.achieved());
        assertEquals(70, alpha.daysOfData());

        LaunchCurve beta = history.launches().get(2);
        // Everyone: first active since 10 Jan: p6 11 Jan, p1 12 Jan, p4 20 Jan, p2 3 Feb, p3 and p5 20 Feb.
        // Adopters: p6 11 Jan, p1 12 Jan, p3 20 Feb.
        assertEquals(Arrays.asList(1.0, 2 / 3.0, 0.5, 0.5, null), rates(beta.overall()));
        LaunchCurve gamma = history.launches().get(3);
        // Since 1 Feb: p2 3 Feb and p4 5 Feb adopt; p3, p5 20 Feb and p6 28 Feb are active; p1 only on 16 March (day 43).
        assertEquals(Arrays.asList(1.0, 1.0, 0.4, null, null), rates(gamma.overall()));
        // Its 14-day target window is reached: 2 of 2.
        assertEquals(new LaunchCurve.Point(14, 2, 2, 1.0), gamma.achieved());
    }

    @Test
    void aProposedTargetIsPlacedAmongThePastLaunchesAtTheHorizonNearestItsWindow() {
        // At 30 days: alpha 0.5, beta 0.5, gamma 0.4; delta itself is not history.
        TargetAdvice advice = history.advise("delta", 0.45, null);
        assertEquals(30, advice.horizon());
        assertEquals(List.of("alpha", "beta", "gamma"), advice.launches());
        assertEquals(1, advice.below());
        assertEquals("45% is more ambitious than 1 of your 3 past launches at 30 days.", advice.verdict());
        assertEquals(0.5, advice.median());
        // 75th percentile of [0.4, 0.5, 0.5]: rank 1.5, between the two 0.5s.
        assertEquals(0.5, advice.p75());
        assertNull(advice.warning());
    }

    @Test
    void aTargetNoPastLaunchReachedIsWarnedAbout() {
        TargetAdvice advice = history.advise("delta", 0.7, 30);
        assertEquals(3, advice.below());
        assertEquals("No past launch reached 70% by day 30 (best 50.0%).", advice.warning());
    }

    @Test
    void withFewerThanThreePastLaunchesAtTheHorizonNothingIsSuggested() {
        // At 60 days gamma (43 days of data) is censored, not a zero: only alpha and beta remain.
        TargetAdvice advice = history.advise("delta", null, 60);
        assertEquals(0.4, advice.proposed());
        assertEquals(List.of("alpha", "beta"), advice.launches());
        assertNull(advice.median());
        assertNull(advice.p75());
        assertEquals("Fewer than 3 past launches with 60 days of data (2): too few to suggest a target.", advice.verdict());
    }

    @Test
    void aFeatureIsNotItsOwnHistory() {
        TargetAdvice advice = history.advise("alpha", 0.5, 30);
        assertEquals(List.of("beta", "gamma"), advice.launches());
    }

    private static List<Double> rates(List<LaunchCurve.Point> points) {
        return points.stream().map(LaunchCurve.Point::rate).toList();
    }
}
