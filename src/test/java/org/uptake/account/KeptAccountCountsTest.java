package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.AccountCountStore;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.AccountStore.SegmentCounts;
import org.uptake.workspace.AccountStore.StoredAccount;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;

/**
 * The book's counts kept in the workspace (on {@link AccountAnalysisTest}'s six accounts): a book read from them equals
 * the book counted, in another analysis (another process) too, and nothing that changes the counts lets stale ones be read.
 */
class KeptAccountCountsTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    /** How often the analyses asked for struggling people: each count asks once, a kept read never does. */
    private final AtomicInteger counted = new AtomicInteger();
    private String thresholds = "rage=3";
    private int struggler;

    @BeforeEach
    void build() throws Exception {
        workspace = AccountAnalysisTest.fixture(temp);
        struggler = personId("t1");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** An analysis as the app builds one (with the kept counts), struggling people counted as they are asked for. */
    private AccountAnalysis analysis() {
        StrugglingPeople struggling = new StrugglingPeople() {
            @Override
            public IntSet between(LocalDate from, LocalDate to) {
                counted.incrementAndGet();
                return IntSet.of(struggler);
            }

            @Override
            public String definition() {
                return thresholds;
            }
        };
        return new AccountAnalysis(new AccountStore(workspace), new FeatureQueries(workspace), new FeatureDefinitions(workspace),
                workspace.settings(), struggling, Optional.of(new AccountCountStore(workspace, new StrugglingSetStore(workspace))));
    }

    /** The same analysis without kept counts: what every book must equal. */
    private AccountAnalysis.Book countedBook() {
        return new AccountAnalysis(new AccountStore(workspace), new FeatureQueries(workspace), new FeatureDefinitions(workspace),
                workspace.settings(), (from, to) -> IntSet.of(struggler)).book();
    }

    @Test
    void theNextAnalysisReadsTheKeptCountsAndScoresTheSame() {
        AccountAnalysis.Book first = analysis().book();
        assertEquals(1, counted.get());
        AccountAnalysis.Book again = analysis().book();
        assertEquals(1, counted.get(), "a fresh analysis on the same data reads the kept counts");
        assertEquals(first, again);
        assertEquals(countedBook(), again);
        assertEquals(List.of("A1 at risk 26", "A2 at risk 100", "A3 at risk 79", "A4 healthy 100", "A5 too small to score -",
                "A6 churned -"), again.accounts().stream().map(a -> a.accountId() + " " + a.band().label() + " "
                + (a.health().isPresent() ? String.valueOf(a.health().getAsInt()) : "-")).toList());
    }

    @Test
    void aFeatureWithABriefDoesNotUnsettleTheFingerprint() throws Exception {
        try (Connection c = WorkspaceDatabase.connect(workspace); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE feature SET brief = 'Reports save a view so the team sees the same numbers.'");
        }
        analysis().book();
        analysis().book();
        assertEquals(1, counted.get(), "the same definitions give the same fingerprint on every read");
    }

    @Test
    void thePredictionKeepsItsOwnDay() {
        Prediction first = analysis().prediction();
        Prediction again = analysis().prediction();
        assertEquals(1, counted.get());
        assertEquals(new Prediction(LocalDate.of(2026, 4, 2), 5, 1, 1, 1, Optional.of(1.0), Optional.of(1.0), Optional.empty()), again);
        assertEquals(first, again);
        analysis().book();
        assertEquals(2, counted.get(), "today's book is another day's counts");
    }

    @Test
    void aPageAfterAKeptBookComparesWithTheKeptSegments() {
        analysis().book();
        AccountAnalysis fresh = analysis();
        fresh.book();
        // Gold: 13 people, A2's five adopted Reports; the counts came with the kept book, not from a new pass.
        assertEquals(List.of(new AccountPage.SegmentAdoption("reports", "Reports", 5, 5, 5, 13, Optional.of(LocalDate.of(2026, 3, 10)))),
                fresh.page("A2").orElseThrow().adoption());
    }

    @Test
    void anImportMakesTheBookCountAgain() throws Exception {
        analysis().book();
        // g3–g6 come back on 30 April: Falling Co is no longer falling.
        Path more = temp.resolve("more.csv");
        Files.writeString(more, "user_id,timestamp,event,platform\ng3,2026-04-30T09:00:00Z,page,web\ng4,2026-04-30T09:00:00Z,page,web\n"
                + "g5,2026-04-30T09:00:00Z,page,web\ng6,2026-04-30T09:00:00Z,page,web\n");
        Importer importer = new Importer(workspace);
        importer.importFile(importer.plan(more), Progress.NONE);
        AccountAnalysis.Book after = analysis().book();
        assertEquals(2, counted.get());
        assertEquals(countedBook(), after);
        assertEquals(6, after.accounts().stream().filter(a -> a.accountId().equals("A1")).findFirst().orElseThrow().activePeople());
    }

    @Test
    void otherThresholdsOrAnotherWindowCountAgainWhileOtherWeightsOnlyRescore() {
        analysis().book();
        thresholds = "rage=4";
        analysis().book();
        assertEquals(2, counted.get(), "other struggle thresholds");
        AccountAnalysis analysis = analysis();
        AccountSettings d = AccountSettings.DEFAULTS;
        new AccountSettings(d.activityWeight(), 0, d.breadthWeight(), d.struggleWeight(), d.outreachWeight(), d.healthyFrom(),
                d.minPeople(), d.declineShare(), d.declineMinPeople(), d.stoppedShare(), d.stoppedMinPeople(), d.ticketRiseMin(),
                d.ticketRiseFactor(), d.ticketRiseAlpha(), d.windowDays(), d.horizonDays()).save(workspace.settings());
        AccountAnalysis.Book rescored = analysis.book();
        assertEquals(2, counted.get(), "weights apply to the kept counts");
        assertEquals(countedBook(), rescored);
        new AccountSettings(d.activityWeight(), 0, d.breadthWeight(), d.struggleWeight(), d.outreachWeight(), d.healthyFrom(),
                d.minPeople(), d.declineShare(), d.declineMinPeople(), d.stoppedShare(), d.stoppedMinPeople(), d.ticketRiseMin(),
                d.ticketRiseFactor(), d.ticketRiseAlpha(), 14, d.horizonDays()).save(workspace.settings());
        assertEquals(countedBook(), analysis.book());
        assertEquals(3, counted.get(), "another window");
    }

    @Test
    void outreachSentWithoutAnImportMakesTheBookCountAgain() throws Exception {
        AccountAnalysis.Book before = analysis().book();
        try (Connection c = WorkspaceDatabase.connect(workspace); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO campaign_contact (campaign_id, person_id, group_name, channel, sent_at) VALUES ('win-back', "
                    + personId("s2") + ", 'treatment', 'email', TIMESTAMP WITH TIME ZONE '2026-04-10 09:00:00+00')");
        }
        AccountAnalysis.Book after = analysis().book();
        assertEquals(2, counted.get());
        assertEquals(countedBook(), after);
        assertNotEquals(before, after);
        // s2 was active on 15 April, within 7 days of 10 April.
        assertEquals(new HealthPart("last outreach", "win-back on 2026-04-10: 1 of 1 reached were active within 7 days", 1, 10),
                after.accounts().stream().filter(a -> a.accountId().equals("A4")).findFirst().orElseThrow().parts().get(4));
    }

    @Test
    void keptCountsComeBackAsTheyWereWritten() {
        AccountCounts c = new AccountCounts(7, 5, 6, 1, 3, 0, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, new boolean[] {true, false},
                new int[] {2, 0}, new int[] {1, 4}, Optional.of(new AccountCounts.Outreach("spring", Instant.parse("2026-04-01T10:15:30.123456Z"), 4, 2)));
        AccountCounts none = new AccountCounts(1, 0, 0, 0, 0, 0, new int[12], new boolean[2], new int[2], new int[2], Optional.empty());
        List<StoredAccount> accounts = List.of(new StoredAccount("Ä1", "Älpha", "gold", 1234.5, "Kim", Optional.of(LocalDate.of(2026, 4, 20)),
                Optional.empty(), Optional.empty()), new StoredAccount("A2", "A2", null, 0, "", Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(99.0)));
        KeptCounts kept = new KeptCounts(accounts, Map.of("Ä1", c, "A2", none), Map.of("gold", new SegmentCounts(13, Map.of("reports", 5))));
        assertEquals(Optional.of(kept), KeptCounts.decode(kept.encode(2), 2));
        assertEquals(Optional.empty(), KeptCounts.decode(kept.encode(2), 3), "counts of another number of features are not read");
        byte[] bytes = kept.encode(2);
        assertEquals(Optional.empty(), KeptCounts.decode(java.util.Arrays.copyOf(bytes, bytes.length / 2), 2), "cut short: counted again");
        assertEquals(Optional.empty(), KeptCounts.decode(new byte[] {1, 2, 3}, 2), "not counts at all: counted again");
        // An older form began with the deflate header, whose bytes must not be taken for a length to allocate.
        byte[] older = new byte[64];
        older[0] = 0x78;
        older[1] = 0x01;
        java.util.Arrays.fill(older, 2, older.length, (byte) 0x7f);
        assertEquals(Optional.empty(), KeptCounts.decode(older, 2), "another form: counted again");
    }

    @Test
    void aTrendIsWrittenAsFormatWouldWriteIt() {
        for (int i = -2000; i <= 2000; i++) {
            double change = i / 1000.0;
            assertEquals(String.format(java.util.Locale.ROOT, "%+.0f%%", change * 100), HealthScorer.percent(change), "change " + change);
        }
        for (double change : new double[] {-0.005, 0.005, -0.0049, 0.125, -0.125, (2 - 3) / 3.0, 0.0, -0.0}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%+.0f%%", change * 100), HealthScorer.percent(change), "change " + change);
        }
    }

    private int personId(String userId) throws Exception {
        try (Connection c = WorkspaceDatabase.connect(workspace); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM person WHERE user_id = '" + userId + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
