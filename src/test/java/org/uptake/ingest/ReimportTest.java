package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 item 18: importing again tells the truth about what changed. */
class ReimportTest extends ImportingTest {

    /** new, updated, unchanged, repeated in the file. */
    private static List<Long> changes(ImportResult r) {
        return List.of(r.imported(), r.updated(), r.unchanged(), r.duplicates());
    }

    @Test
    void theQuarantineDoesNotGrowWhenTheSameFileIsImportedAgain() throws Exception {
        String csv = "event_id,user_id,timestamp,event\ne1,u1,2026-03-03T10:00:00Z,open\ne2,,2026-03-03T10:00:00Z,open\n"
                + "e3,u1,yesterday,open\n";
        List<List<Long>> rounds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ImportResult r = importText("bad.csv", csv);
            rounds.add(List.of(r.quarantined(), r.alreadyQuarantined(), Fixtures.scalar(workspace, "SELECT COUNT(*) FROM quarantine"),
                    Fixtures.scalar(workspace, "SELECT SUM(rows_quarantined) FROM import_batch")));
        }
        assertEquals(List.of(List.of(2L, 0L, 2L, 2L), List.of(2L, 2L, 2L, 2L), List.of(2L, 2L, 2L, 2L)), rounds);
    }

    @Test
    void peopleAndAccountsReportNewUpdatedAndUnchangedRows() throws Exception {
        String header = "user_id,account_id,segment,plan\n";
        ImportResult first = importText("people.csv", header + "p1,a1,smb,pro\np2,a1,smb,pro\np3,a2,enterprise,pro\n");
        ImportResult second = importText("people.csv", header + "p1,a1,smb,pro\np2,a1,smb,team\np3,a2,enterprise,pro\np4,a2,smb,pro\n");
        ImportResult third = importText("people.csv", header + "p1,a1,smb,pro\np2,a1,smb,team\np3,a2,enterprise,pro\np4,a2,smb,pro\n"
                + "p4,a2,smb,pro\n");
        assertEquals(List.of(List.of(3L, 0L, 0L, 0L), List.of(1L, 1L, 2L, 0L), List.of(0L, 0L, 4L, 1L)),
                List.of(changes(first), changes(second), changes(third)));

        String accounts = "account_id,name,tier,arr,csm_owner\n";
        ImportResult a1 = importText("accounts.csv", accounts + "a1,Acme,smb,100,Dana\na2,Beta,enterprise,900,Lee\n");
        ImportResult a2 = importText("accounts.csv", accounts + "a1,Acme,smb,100,Dana\na2,Beta,enterprise,950,Lee\na3,Gamma,smb,10,Lee\n");
        assertEquals(List.of(List.of(2L, 0L, 0L, 0L), List.of(1L, 1L, 1L, 0L)), List.of(changes(a1), changes(a2)));
    }

    @Test
    void aTicketKeepsItsEarliestCreationTimeAndItsLatestStatus() throws Exception {
        String header = "ticket_id,created_at,updated_at,subject,status\n";
        importText("tickets-week-1.csv", header + "t1,2026-03-01T09:00:00Z,2026-03-01T09:00:00Z,Widgets jump,open\n"
                + "t2,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,Export,open\n");
        ImportResult week2 = importText("tickets-week-2.csv", header + "t1,2026-03-01T09:00:00Z,2026-03-06T12:00:00Z,,solved\n");
        assertEquals(List.of(0L, 1L), List.of(week2.imported(), week2.updated()));
        ImportResult week2Again = importText("tickets-week-2-again.csv", header + "t1,2026-03-01T09:00:00Z,2026-03-06T12:00:00Z,,solved\n");
        assertEquals(List.of(0L, 0L, 1L), List.of(week2Again.imported(), week2Again.updated(), week2Again.unchanged()));
        // An event-log export: one row per change, each stamped with when it happened, not in order.
        importText("ticket-events.csv", "ticket_id,created_at,status\nt9,2026-03-04T08:00:00Z,solved\n"
                + "t9,2026-03-01T09:00:00Z,new\nt9,2026-03-02T10:00:00Z,pending\n");
        assertEquals(List.of(
                "t1|2026-03-01 09:00:00+00|Widgets jump|solved",
                "t2|2026-03-02 09:00:00+00|Export|open",
                "t9|2026-03-01 09:00:00+00|null|solved"),
                Fixtures.rows(workspace, "SELECT ticket_id, created_at, subject, status FROM ticket ORDER BY ticket_id"));
    }
}
