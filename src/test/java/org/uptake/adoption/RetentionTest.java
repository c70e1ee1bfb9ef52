package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.Workspace;

/**
 * Adopters' retention on a hand-built workspace: every cell is counted by hand from the events below.
 * Weeks from the launch on Monday 2 March: w0 2–8, w1 9–15, w2 16–22, w3 23–29 (unfinished: the data ends on the 25th).
 */
public class RetentionTest {

    public static final String FEATURES = """
            [{"key":"charts","name":"Charts","launchedAt":"2026-03-02","adoption":{"event":"chart_saved","target":0.3,"withinDays":30},
              "funnel":["chart_opened","chart_saved"]},
             {"key":"old-charts","name":"Old charts","launchedAt":"2026-02-16","adoption":{"event":"chart_saved","target":0.3,"withinDays":30},
              "funnel":["chart_opened","chart_saved"]}]
            """;
    public static final String EVENTS = """
            user_id,timestamp,event,platform
            n1,2026-03-01T09:00:00Z,page,web
            a1,2026-03-02T09:00:00Z,chart_saved,web
            a1,2026-03-10T09:00:00Z,chart_opened,web
            a1,2026-03-17T09:00:00Z,chart_saved,web
            a2,2026-03-04T09:00:00Z,chart_saved,web
            a2,2026-03-20T09:00:00Z,page,web
            a3,2026-03-06T09:00:00Z,chart_saved,web
            a3,2026-03-21T09:00:00Z,chart_opened,web
            n1,2026-03-10T09:00:00Z,chart_opened,web
            b1,2026-03-11T09:00:00Z,chart_saved,web
            b1,2026-03-16T09:00:00Z,chart_saved,web
            b2,2026-03-14T09:00:00Z,chart_saved,web
            c1,2026-03-18T09:00:00Z,chart_saved,web
            d1,2026-03-24T09:00:00Z,chart_saved,web
            b2,2026-03-25T09:00:00Z,page,web
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private Retention retention;

    @BeforeEach
    void build() throws Exception {
        workspace = HandBuiltWorkspace.of(temp, "features.json", FEATURES, "events.csv", EVENTS);
        retention = new Retention(workspace, FeaturePeople.cache(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theCohortTriangleCountsEachAdoptionWeeksPeopleUsingTheFeatureWeeksLaterAndLeavesUnfinishedWeeksBlank() {
        AdopterRetention r = retention.of("charts");
        assertEquals(LocalDate.of(2026, 3, 25), r.asOf());
        assertNull(r.caveat());
        // w0 adopters a1, a2, a3: in w1 only a1 (chart_opened counts as use); in w2 a1 (17th) and a3 (21st); w3 unfinished.
        // w1 adopters b1, b2: in w2 b1. w2: c1. w3: d1, whose own week is unfinished.
        assertEquals(List.of(
                new AdopterRetention.Cohort(LocalDate.of(2026, 3, 2), 3, Arrays.asList(3, 1, 2, null), Arrays.asList(1.0, 1 / 3.0, 2 / 3.0, null)),
                new AdopterRetention.Cohort(LocalDate.of(2026, 3, 9), 2, Arrays.asList(2, 1, null), Arrays.asList(1.0, 0.5, null)),
                new AdopterRetention.Cohort(LocalDate.of(2026, 3, 16), 1, Arrays.asList(1, null), Arrays.asList(1.0, null)),
                new AdopterRetention.Cohort(LocalDate.of(2026, 3, 23), 1, Arrays.asList((Integer) null), Arrays.asList((Double) null))),
                r.cohorts());
    }

    @Test
    void stickinessIsAdoptersUsingItThatWeekOverAdoptersSoFarAndANonAdoptersUseDoesNotCount() {
        AdopterRetention r = retention.of("charts");
        // w1: a1, b1, b2 used it of 5 adopters (n1 opened a chart but never adopted); earlier adopters a1–a3, of whom a1 used it.
        // w2: a1, a3, b1, c1 of 6; earlier a1–a3, b1, b2, of whom a1, a3, b1.
        assertEquals(List.of(new AdopterRetention.Week(LocalDate.of(2026, 3, 2), 3, 3, 1.0, 0, 0),
                new AdopterRetention.Week(LocalDate.of(2026, 3, 9), 3, 5, 0.6, 3, 1),
                new AdopterRetention.Week(LocalDate.of(2026, 3, 16), 4, 6, 4 / 6.0, 5, 3)), r.weeks());
    }

    @Test
    void whenTheDataStartsAfterLaunchWeeksStartAtTheFirstWholeWeekOfDataWithACaveat() {
        AdopterRetention r = retention.of("old-charts");
        // Launched 16 February, data from 1 March (13 days later): weeks run from 2 March, the launch's weekday, as above.
        assertEquals(retention.of("charts").cohorts(), r.cohorts());
        assertTrue(r.caveat().startsWith("the data starts 13 days after launch"), r.caveat());
    }

    @Test
    void aSteadySlideInRetentionIsADeclineByTheTrendTest() {
        // 8, 6, 4 of 10: p̄ = 0.6, T = 1·(6−6) + 2·(4−6) = −4, Var = 0.24 · (50 − 30²/30) = 4.8, z = −4/√4.8.
        RetentionTrend trend = RetentionTrend.of(List.of(week(0, 0), week(10, 8), week(10, 6), week(10, 4)), 6);
        assertEquals(3, trend.weeks());
        assertEquals(-4 / Math.sqrt(4.8), trend.z(), 1e-12);
        assertEquals(0.0339, trend.p(), 1e-4);
        assertTrue(trend.declining());
        assertEquals("adopters' weekly retention fell from 80% to 40% over 3 weeks (trend test p = 0.034)", trend.describe());
    }

    @Test
    void flatRetentionOrTooFewWeeksIsNotADecline() {
        RetentionTrend flat = RetentionTrend.of(List.of(week(10, 6), week(10, 6), week(10, 6)), 6);
        assertEquals(0.5, flat.p(), 1e-12);
        assertFalse(flat.declining());
        // Only the last two of these weeks fit the span of 2.
        RetentionTrend short_ = RetentionTrend.of(List.of(week(10, 9), week(10, 5), week(10, 1)), 2);
        assertFalse(short_.declining());
        assertEquals("too few weeks of adopters to test retention (2)", short_.describe());
    }

    private static AdopterRetention.Week week(int earlier, int using) {
        return new AdopterRetention.Week(LocalDate.of(2026, 1, 5), using, earlier, 0, earlier, using);
    }
}
