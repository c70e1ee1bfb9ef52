package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uptake.model.Progress;

/** Issue 14 items 6 and 10–15: each malformed fixture quarantines its bad rows with a reason, and the rest imports. */
class MalformedInputTest extends ImportingTest {

    private ImportResult load(String fixture) {
        return importFile(Fixtures.malformed(fixture));
    }

    /** read, imported, quarantined. */
    private static List<Long> counts(ImportResult r) {
        return List.of(r.rowsRead(), r.imported(), r.quarantined());
    }

    private List<String> quarantine(ImportResult r) throws Exception {
        return Fixtures.rows(workspace, "SELECT line_no, reason FROM quarantine WHERE batch_id = " + r.batchId() + " ORDER BY line_no");
    }

    @Test
    void aBadEmailQuarantinesItsRowNamingTheField() throws Exception {
        ImportResult r = load("bad-emails-people.csv");
        assertEquals(List.of(6L, 2L, 4L), counts(r));
        assertEquals(List.of(
                "3|email: more than one address (a message has exactly one recipient)",
                "4|email: a display name or angle brackets around the address (give the address alone)",
                "5|email: contains a line break",
                "7|email: not a valid address (Missing final '@domain')"), quarantine(r));
        assertEquals(List.of("p1|ann@example.com", "p6|null"), Fixtures.rows(workspace, "SELECT user_id, email FROM person ORDER BY user_id"));
    }

    @Test
    void peopleFieldsTooLongToStoreQuarantineTheirRow() throws Exception {
        ImportResult r = load("long-fields-people.csv");
        assertEquals(List.of(5L, 1L, 4L), counts(r));
        assertEquals(List.of("3|user id longer than 200 characters", "4|account id longer than 200 characters",
                "5|email longer than 320 characters", "6|segment longer than 100 characters"), quarantine(r));
    }

    @Test
    void accountFieldsTooLongToStoreQuarantineTheirRow() throws Exception {
        ImportResult r = load("long-fields-accounts.csv");
        assertEquals(List.of(3L, 1L, 2L), counts(r));
        assertEquals(List.of("3|account id longer than 200 characters", "4|name longer than 500 characters"), quarantine(r));
    }

    @Test
    void aTenThousandCharacterUserIdInEventsQuarantinesItsRow() throws Exception {
        ImportResult r = load("long-fields-events.csv");
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("3|user id longer than 200 characters"), quarantine(r));
    }

    @Test
    void ticketFieldsTooLongToStoreQuarantineTheirRow() throws Exception {
        ImportResult r = load("long-fields-tickets.csv");
        assertEquals(List.of(3L, 1L, 2L), counts(r));
        assertEquals(List.of("3|subject longer than 2,000 characters", "4|ticket id longer than 200 characters"), quarantine(r));
    }

    @Test
    void aOneMegabyteLineQuarantinesItsRow() throws Exception {
        ImportResult r = load("one-megabyte-line-events.csv.gz");
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("3|properties longer than 65,536 characters"), quarantine(r));
    }

    @Test
    void aFiveMegabyteCellQuarantinesItsRowInsteadOfRefusingTheFile() throws Exception {
        ImportResult r = load("five-megabyte-cell-tickets.csv.gz");
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("3|body longer than 1,000,000 characters"), quarantine(r));
    }

    @Test
    void aNulByteQuarantinesItsRow() throws Exception {
        ImportResult r = load("nul-byte-events.csv");
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("3|contains a NUL byte (binary data, not text)"), quarantine(r));
    }

    @Test
    void oneInvalidUtf8RowQuarantinesThatRowAndTheRestKeepsItsAccents() throws Exception {
        ImportResult r = load("invalid-utf8-people.csv");
        assertEquals(List.of(4L, 3L, 1L), counts(r));
        assertEquals(List.of("4|is not valid UTF-8 text"), quarantine(r));
        assertEquals(List.of("p1|analyst", "p2|Zoë Müller", "p4|Jürgen"), Fixtures.rows(workspace, "SELECT user_id, role FROM person ORDER BY user_id"));
    }

    @Test
    void aMostlyBinaryFileIsStillRefused() {
        ImportProblem problem = assertThrows(ImportProblem.class, () -> load("mostly-binary.csv"));
        assertEquals("mostly-binary.csv looks like a binary file, not a text export (it contains 832 zero bytes in its first 4 KB)."
                + " Export CSV, JSON Lines or a zip/gzip of them.", problem.getMessage());
    }

    @Test
    void aTenThousandColumnFileGetsAClearMessage() {
        ImportProblem problem = assertThrows(ImportProblem.class, () -> load("ten-thousand-columns.csv.gz"));
        assertEquals("ten-thousand-columns.csv.gz has 10,000 columns; Uptake reads files of up to 2,048 columns."
                + " Export fewer columns (or check that the delimiter is right).", problem.getMessage());
    }

    @Test
    void aJsonRecordLargerThanTheSniffingSampleIsTooLargeNotInvalid() throws Exception {
        ImportResult r = load("huge-first-record.jsonl.gz");
        assertEquals(List.of(2L, 1L, 1L), counts(r));
        assertEquals(List.of("1|record too large (4.8 MB; a record may hold at most 4 MB)"), quarantine(r));
        assertEquals(Dialect.SEGMENT, r.kind() == SourceKind.EVENTS ? importer.plan(Fixtures.malformed("huge-first-record.jsonl.gz"))
                .sniff().dialect() : null);
    }

    @Test
    void aZipOfSeveralCsvFilesImportsEachEntryWithItsOwnHeader() throws Exception {
        List<ImportPlan> plans = importer.plans(Fixtures.malformed("several-tables.zip"));
        assertEquals(List.of("several-tables.zip/export/accounts.csv: ACCOUNTS", "several-tables.zip/export/people.csv: PEOPLE",
                "several-tables.zip/export/events.csv: EVENTS"), plans.stream()
                .map(p -> p.sniff().displayName() + ": " + p.sniff().kind()).toList());
        List<List<Long>> results = plans.stream().map(p -> counts(importer.importFile(p, Progress.NONE))).toList();
        assertEquals(List.of(List.of(2L, 2L, 0L), List.of(2L, 2L, 0L), List.of(3L, 3L, 0L)), results);
        assertEquals(List.of("p1|acc1|enterprise", "p2|acc2|smb"),
                Fixtures.rows(workspace, "SELECT user_id, account_id, segment FROM person ORDER BY user_id"));
        assertEquals(List.of("several-tables.zip/export/accounts.csv", "several-tables.zip/export/people.csv",
                "several-tables.zip/export/events.csv"), Fixtures.rows(workspace, "SELECT file_name FROM import_batch ORDER BY id"));
    }

    @Test
    void segmentsBatchObjectIsRecognised() throws Exception {
        ImportPlan plan = importer.plan(Fixtures.malformed("segment-batch.json"));
        assertEquals(List.of(SourceKind.EVENTS, Dialect.SEGMENT), List.of(plan.sniff().kind(), plan.sniff().dialect()));
        ImportResult r = importer.importFile(plan, Progress.NONE);
        assertEquals(List.of(4L, 3L, 0L), counts(r));
        assertEquals(List.of("u1|pro|FALSE", "a2|null|TRUE"), Fixtures.rows(workspace, "SELECT user_id, plan, anonymous FROM person ORDER BY id"));
        assertEquals(List.of("open", "save", "page_viewed"), Fixtures.events(workspace).stream().map(e -> e.split("\\|")[2]).toList());
    }

    @Test
    void aPlainJsonArrayOfEventsIsRecognised() throws Exception {
        ImportResult r = load("events-array.json");
        assertEquals(List.of(SourceKind.EVENTS, "Uptake canonical, JSON array, UTF-8"), List.of(r.kind(), r.format()));
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("18|timestamp: missing timestamp"), quarantine(r));
    }

    @Test
    void aJsonArrayOfSegmentCallsIsRecognisedEvenWhenItsFirstElementOutgrowsTheSample() throws Exception {
        ImportPlan plan = importer.plan(Fixtures.malformed("segment-array.json.gz"));
        assertEquals(List.of(Layout.JSON_ARRAY, Dialect.SEGMENT), List.of(plan.sniff().layout(), plan.sniff().dialect()));
        ImportResult r = importer.importFile(plan, Progress.NONE);
        assertEquals(List.of(3L, 2L, 1L), counts(r));
        assertEquals(List.of("4|email: a display name or angle brackets around the address (give the address alone)"), quarantine(r));
        assertEquals(List.of("u1|ios", "u2|null"), Fixtures.events(workspace).stream().map(e -> e.split("\\|")[0] + "|" + e.split("\\|")[3]).toList());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLineRange() throws Exception {
        ImportResult r = load("unclosed-quote-events.csv");
        assertEquals(List.of(41L, 40L, 1L), counts(r));
        assertEquals(List.of("42|an unclosed quote on line 42 swallowed lines 42–101 (60 lines) into one field"),
                quarantine(r));
    }
}
