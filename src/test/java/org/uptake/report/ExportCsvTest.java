package org.uptake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.NonAdopter;
import org.uptake.adoption.PersonRow;
import org.uptake.impact.Confidence;
import org.uptake.impact.FeedbackLoop;
import org.uptake.impact.PortfolioRow;
import org.uptake.workspace.ExportFile;

/** Every CSV export goes through SafeCsv: text that a spreadsheet would run is neutralised, numbers stay numbers. */
class ExportCsvTest {

    @TempDir
    Path temp;

    @Test
    void thePortfolioCsvNeutralisesTheFeatureKeyAndKeepsNumbers() throws Exception {
        PortfolioRow row = new PortfolioRow("=HYPERLINK(\"http://x\")", "@boss", LocalDate.of(2026, 3, 2), -0.139, "-all active", 0.2,
                0.25, 0.117, "=caveat", "+5 points", Confidence.HIGH, true, 0.2, "=rising", List.of(), List.of(), "falling", 3,
                PortfolioRow.Flag.NEEDS_HELP, "-13.9%", new FeedbackLoop(LocalDate.of(2026, 3, 2), null, 14), LocalDate.of(2026, 3, 16),
                "target 25% in 30 days; so far 20.0% at day 14");
        Path file = temp.resolve("portfolio.csv");

        PortfolioExport.csv(List.of(row), ExportFile.to(file, null, false));

        assertEquals(List.of("feature,name,launched_at,as_of,priority,flag,why,adoption_rate,audience,all_active_rate,pace,target,caveat,"
                + "impact,impact_confidence,struggle_share,struggle_trend,trend,feedback_loop_days,feedback_loop,target_against_achieved",
                "\"'=HYPERLINK(\"\"http://x\"\")\",'@boss,2026-03-02,2026-03-16,3,needs help,-13.9%,-0.139,'-all active,0.2,0.117,0.25,"
                        + "'=caveat,'+5 points,high,0.2,'=rising,falling,,not measurable yet (14 days of data since launch),"
                        + "target 25% in 30 days; so far 20.0% at day 14"),
                Files.readAllLines(file));
    }

    @Test
    void thePeopleListsNeutraliseTextAndKeepNumbers() throws Exception {
        Path people = temp.resolve("people.csv");
        Path shouldBe = temp.resolve("should-be-using.csv");

        PeopleCsv.people(List.of(new PersonRow("-u1", "=x@y.example", "smb", "+pro", "@admin", "=acc", "+Acme", Instant.parse("2026-03-03T10:00:00Z"), 2, 5, 40)),
                ExportFile.to(people, null, false));
        PeopleCsv.shouldBeUsing(List.of(new NonAdopter("u2", "\tsmb", null, "role, with comma", "a2", 3, 12)),
                ExportFile.to(shouldBe, null, false));

        assertEquals(List.of("user_id,email,segment,plan,role,account_id,account_name,adopted_at,furthest_step,active_days,events",
                "'-u1,'=x@y.example,smb,'+pro,'@admin,'=acc,'+Acme,2026-03-03T10:00:00Z,2,5,40"), Files.readAllLines(people));
        assertEquals(List.of("user_id,segment,plan,role,account_id,active_days,events",
                "u2,'\tsmb,,\"role, with comma\",a2,3,12"), Files.readAllLines(shouldBe));
    }
}
