package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.AccountStore;
import org.uptake.workspace.FeatureDefinitions;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Account health on six hand-built accounts whose answers are worked out below. Tiers are "gold" and
 * "silver" (not the sample's segments); the data ends 30 April, so the last 28 days are 3–30 April and
 * the 28 before are 6 March – 2 April; the prediction scores as of 2 April.
 */
public class AccountAnalysisTest {

    static final String FEATURES = """
            [{"key":"reports","name":"Reports","launchedAt":"2026-01-01","adoption":{"event":"report_saved","target":0.5,"withinDays":30},
              "funnel":["report_saved"],"targetSegments":["gold"]}]
            """;
    static final String ACCOUNTS = """
            account_id,name,tier,arr,csm_owner,churned_at
            A1,Falling Co,gold,500000,Kim,
            A2,Quitting Co,gold,300000,Kim,
            A3,Tickets Co,silver,100000,Lee,
            A4,Steady Co,silver,200000,Lee,
            A5,Tiny Co,gold,50000,Kim,
            A6,Gone Co,silver,80000,Lee,2026-04-20
            """;
    static final String PEOPLE = """
            user_id,account_id,segment,plan,role,email,created_at
            g1,A1,gold,pro,admin,g1@a1.example,2026-01-01T00:00:00Z
            g2,A1,gold,pro,viewer,g2@a1.example,2026-01-01T00:00:00Z
            g3,A1,gold,pro,viewer,g3@a1.example,2026-01-01T00:00:00Z
            g4,A1,gold,pro,viewer,g4@a1.example,2026-01-01T00:00:00Z
            g5,A1,gold,pro,viewer,g5@a1.example,2026-01-01T00:00:00Z
            g6,A1,gold,pro,viewer,g6@a1.example,2026-01-01T00:00:00Z
            q1,A2,gold,pro,admin,q1@a2.example,2026-01-01T00:00:00Z
            q2,A2,gold,pro,viewer,q2@a2.example,2026-01-01T00:00:00Z
            q3,A2,gold,pro,viewer,q3@a2.example,2026-01-01T00:00:00Z
            q4,A2,gold,pro,viewer,q4@a2.example,2026-01-01T00:00:00Z
            q5,A2,gold,pro,viewer,q5@a2.example,2026-01-01T00:00:00Z
            t1,A3,silver,pro,admin,t1@a3.example,2026-01-01T00:00:00Z
            t2,A3,silver,pro,viewer,t2@a3.example,2026-01-01T00:00:00Z
            t3,A3,silver,pro,viewer,t3@a3.example,2026-01-01T00:00:00Z
            t4,A3,silver,pro,viewer,t4@a3.example,2026-01-01T00:00:00Z
            t5,A3,silver,pro,viewer,t5@a3.example,2026-01-01T00:00:00Z
            s1,A4,silver,pro,admin,s1@a4.example,2026-01-01T00:00:00Z
            s2,A4,silver,pro,viewer,s2@a4.example,2026-01-01T00:00:00Z
            s3,A4,silver,pro,viewer,s3@a4.example,2026-01-01T00:00:00Z
            s4,A4,silver,pro,viewer,s4@a4.example,2026-01-01T00:00:00Z
            s5,A4,silver,pro,viewer,s5@a4.example,2026-01-01T00:00:00Z
            x1,A5,gold,pro,admin,x1@a5.example,2026-01-01T00:00:00Z
            x2,A5,gold,pro,viewer,x2@a5.example,2026-01-01T00:00:00Z
            c1,A6,silver,pro,admin,c1@a6.example,2026-01-01T00:00:00Z
            c2,A6,silver,pro,viewer,c2@a6.example,2026-01-01T00:00:00Z
            c3,A6,silver,pro,viewer,c3@a6.example,2026-01-01T00:00:00Z
            c4,A6,silver,pro,viewer,c4@a6.example,2026-01-01T00:00:00Z
            c5,A6,silver,pro,viewer,c5@a6.example,2026-01-01T00:00:00Z
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            g1,2026-03-10T10:00:00Z,page,web
            g2,2026-03-10T10:00:00Z,page,web
            g3,2026-03-10T10:00:00Z,page,web
            g4,2026-03-10T10:00:00Z,page,web
            g5,2026-03-10T10:00:00Z,page,web
            g6,2026-03-10T10:00:00Z,page,web
            g1,2026-04-10T10:00:00Z,page,web
            g2,2026-04-10T10:00:00Z,page,web
            q1,2026-03-10T10:00:00Z,report_saved,web
            q1,2026-04-20T10:00:00Z,page,web
            q2,2026-03-10T10:00:00Z,report_saved,web
            q2,2026-04-20T10:00:00Z,page,web
            q3,2026-03-10T10:00:00Z,report_saved,web
            q3,2026-04-20T10:00:00Z,page,web
            q4,2026-03-10T10:00:00Z,report_saved,web
            q4,2026-04-20T10:00:00Z,page,web
            q5,2026-03-10T10:00:00Z,report_saved,web
            q5,2026-04-20T10:00:00Z,report_saved,web
            t1,2026-03-10T10:00:00Z,page,web
            t1,2026-04-15T10:00:00Z,page,web
            t2,2026-03-10T10:00:00Z,page,web
            t2,2026-04-15T10:00:00Z,page,web
            t3,2026-03-10T10:00:00Z,page,web
            t3,2026-04-15T10:00:00Z,page,web
            t4,2026-03-10T10:00:00Z,page,web
            t4,2026-04-15T10:00:00Z,page,web
            t5,2026-03-10T10:00:00Z,page,web
            t5,2026-04-15T10:00:00Z,page,web
            s1,2026-03-10T10:00:00Z,page,web
            s1,2026-04-15T10:00:00Z,page,web
            s2,2026-03-10T10:00:00Z,page,web
            s2,2026-04-15T10:00:00Z,page,web
            s3,2026-03-10T10:00:00Z,page,web
            s3,2026-04-15T10:00:00Z,page,web
            s4,2026-03-10T10:00:00Z,page,web
            s4,2026-04-15T10:00:00Z,page,web
            s5,2026-03-10T10:00:00Z,page,web
            s5,2026-04-15T10:00:00Z,page,web
            s1,2026-04-30T10:00:00Z,page,web
            x1,2026-04-15T10:00:00Z,page,web
            x2,2026-04-15T10:00:00Z,page,web
            c1,2026-02-10T10:00:00Z,page,web
            c2,2026-02-10T10:00:00Z,page,web
            c3,2026-02-10T10:00:00Z,page,web
            c4,2026-02-10T10:00:00Z,page,web
            c5,2026-02-10T10:00:00Z,page,web
            c1,2026-03-10T10:00:00Z,page,web
            """;
    static final String TICKETS = """
            ticket_id,user_id,created_at,subject
            T1,t1,2026-04-05T09:00:00Z,Export fails
            T2,t2,2026-04-12T09:00:00Z,Cannot log in
            T3,t3,2026-04-20T09:00:00Z,Slow page
            T4,t4,2026-04-21T09:00:00Z,Slow page again
            T5,t5,2026-04-22T09:00:00Z,Chart missing
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private AccountAnalysis analysis;

    /** Creates the six accounts' workspace in {@code temp}/ws, for the command line's tests too. */
    public static Workspace fixture(Path temp) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"accounts.csv", ACCOUNTS},
                new String[] {"people.csv", PEOPLE}, new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", TICKETS})) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        return workspace;
    }

    @BeforeEach
    void build() throws Exception {
        workspace = fixture(temp);
        int t1 = personId("t1");
        analysis = new AccountAnalysis(new AccountStore(workspace), new FeatureQueries(workspace), new FeatureDefinitions(workspace),
                workspace.settings(), (from, to) -> IntSet.of(t1));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private int personId(String userId) throws Exception {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM person WHERE user_id = '" + userId + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void atRiskAccountsComeFirstByArrWithTheirReasons() {
        AccountAnalysis.Book book = analysis.book();
        assertEquals(LocalDate.of(2026, 4, 30), book.asOf());
        assertEquals(List.of("A1 at risk 26", "A2 at risk 100", "A3 at risk 79", "A4 healthy 100", "A5 too small to score -",
                "A6 churned -"), book.accounts().stream().map(a -> a.accountId() + " " + a.band().label() + " "
                + (a.health().isPresent() ? String.valueOf(a.health().getAsInt()) : "-")).toList());
        assertEquals(List.of("active people down 67%: 2 in the last 28 days, 6 in the 28 before"), texts(book, "A1"));
        // q1–q4 last used Reports on 10 March and are active in April; q5 still uses it: 4 of 5 is at least 75%.
        assertEquals(List.of("Reports stopped: 4 of the 5 people who used it in the 28 days before have not used it in the last 28,"
                + " though still active"), texts(book, "A2"));
        // Five tickets, none before: all five in the recent window by chance has p = 1/32.
        assertEquals(List.of("tickets up: 5 in the last 28 days, 0 in the 28 before (p = 0.031); 1 person struggling"), texts(book, "A3"));
    }

    @Test
    void aFewTicketsInABigAccountAreNotARise() throws Exception {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ticket WHERE ticket_id = 'T5'");
        }
        // Four, none before: p = 1/16 is not below 0.05, so no reason and no longer at risk.
        assertEquals(List.of(), texts(analysis.book(), "A3"));
    }

    @Test
    void theScoreShowsItsParts() {
        AccountHealth falling = analysis.book().accounts().get(0);
        // Activity −67% scores 0; 2 of 6 active; 0 of 1 gold feature adopted; no struggles or tickets; no outreach (no weight).
        assertEquals(List.of(
                new HealthPart("activity trend", "2 active in the last 28 days, 6 in the 28 before (-67%)", 0, 30),
                new HealthPart("seat activation", "2 of 6 people active", 2 / 6.0, 25),
                new HealthPart("feature breadth", "0 of the 1 features aimed at gold adopted", 0, 20),
                new HealthPart("struggles and tickets", "0 struggling, 0 tickets in the last 28 days", 1, 15),
                new HealthPart("last outreach", "none yet", 0, 0)), falling.parts());
        assertEquals(OptionalInt.of((int) Math.round(100 * (25 * 2 / 6.0 + 15) / 90)), falling.health());
        // Weeks end on 30 April and every 7 days before: 10 March falls in the week of 6–12 March, 10 April in 10–16 April.
        assertEquals(List.of(0, 0, 0, 0, 6, 0, 0, 0, 0, 2, 0, 0), falling.weeklyActive());
    }

    @Test
    void anAccountsPageReadsOnlyItsPeopleAndComparesWithItsWholeSegment() {
        AccountPage page = analysis.page("A2").orElseThrow();
        // The page scores the account exactly as the book does.
        assertEquals(analysis.book().accounts().stream().filter(a -> a.accountId().equals("A2")).findFirst().orElseThrow(), page.health());
        // All five were last active on 20 April (so by user id); q1–q4 last used Reports on 10 March, more than 28 days
        // before 30 April: stopped; q5 used it on 20 April.
        assertEquals(List.of("q1 q1@a2.example STOPPED 2026-04-20", "q2 q2@a2.example STOPPED 2026-04-20", "q3 q3@a2.example STOPPED 2026-04-20",
                "q4 q4@a2.example STOPPED 2026-04-20", "q5 q5@a2.example ADOPTED 2026-04-20"), page.people().stream()
                .map(p -> p.userId() + " " + p.email() + " " + p.uses().get(0) + " " + p.lastActive().orElseThrow()).toList());
        // Gold has 13 people (A1's six, A2's five, A5's two); A2's five are its only Reports adopters.
        assertEquals(List.of(new AccountPage.SegmentAdoption("reports", "Reports", 5, 5, 5, 13, Optional.of(LocalDate.of(2026, 3, 10)))),
                page.adoption());
        assertEquals(Optional.empty(), analysis.page("nobody"));
    }

    @Test
    void aSilverAccountComparesWithSilverNotGold() {
        analysis.book(); // the book counts the segments on its way; the page after it uses those counts
        // Silver: A3, A4 and A6's fifteen people, none of whom saved a report.
        assertEquals(List.of(new AccountPage.SegmentAdoption("reports", "Reports", 0, 5, 0, 15, Optional.empty())),
                analysis.page("A4").orElseThrow().adoption());
    }

    @Test
    void bookOfBusinessPerOwnerLeavesChurnedAccountsOut() {
        assertEquals(List.of(new BookOfBusiness("Kim", 3, 850_000, 800_000), new BookOfBusiness("Lee", 2, 300_000, 100_000)),
                analysis.book().owners());
    }

    @Test
    void theScoreOfTwentyEightDaysBeforePredictedTheChurn() {
        // As of 2 April only Gone Co (1 of 5 active, 5 before: −80%) was at risk, and it churned on 20 April.
        Prediction p = analysis.prediction();
        assertEquals(new Prediction(LocalDate.of(2026, 4, 2), 5, 1, 1, 1, Optional.of(1.0), Optional.of(1.0), Optional.empty()), p);
    }

    @Test
    void withoutOutcomesThePredictionSaysSo() throws Exception {
        try (Connection c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE account SET churned_at = NULL");
        }
        assertEquals(Optional.of("not measurable: no outcomes in the data"), analysis.prediction().why());
    }

    @Test
    void settingsAreOneDocumentWithDefaultsForWhatItLacks() {
        WorkspaceSettings settings = workspace.settings();
        settings.put(AccountSettings.KEY, "{\"minPeople\": 7}");
        assertEquals(7, analysis.settings().minPeople());
        assertEquals(AccountSettings.DEFAULTS.declineShare(), analysis.settings().declineShare());
        assertEquals(Band.TOO_SMALL, analysis.book().accounts().stream().filter(a -> a.accountId().equals("A1")).findFirst().orElseThrow().band());
    }

    private static List<String> texts(AccountAnalysis.Book book, String id) {
        return book.accounts().stream().filter(a -> a.accountId().equals(id)).findFirst().orElseThrow().reasons().stream()
                .map(RiskReason::text).toList();
    }
}
