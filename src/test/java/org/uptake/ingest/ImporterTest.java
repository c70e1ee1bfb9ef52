package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.uptake.model.Progress;

class ImporterTest extends ImportingTest {

    static final String FEATURES = """
            [{"key":"widgets","name":"Widgets","launchedAt":"2026-03-02","problem":"p",
              "targetSegments":["smb"],"adoption":{"event":"save","target":0.25,"withinDays":30},
              "funnel":["open","move","save"],"revertEvent":"reset","legacyEvents":["old_filter"]}]
            """;

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void canonicalCsvWithItsQuirks() throws Exception {
        String csv = "\uFEFFevent_id,user_id,timestamp,event,platform,session_id,target,properties,note\r\n"
                + "e1,u1,2026-03-03T10:00:00+01:00,open,Web,s1,,{},\"two\r\nlines\"\r\n"
                + ",u2,1772532000000,move,ios,s2,widget_drag_handle,\"{\"\"nested\"\":{\"\"a\"\":[1,2]}}\",\r\n"
                + "e3,u1,2026-03-03T09:30:00Z,save,web,s1,,,x\r\n";
        ImportResult result = importText("events.csv", csv);
        assertEquals(List.of(3L, 3L, 0L, 0L), List.of(result.rowsRead(), result.imported(), result.duplicates(), result.quarantined()));
        assertEquals(List.of(
                "u1|" + ms("2026-03-03T09:00:00Z") + "|open|web|null|s1|{\"note\":\"two\\nlines\"}",
                "u1|" + ms("2026-03-03T09:30:00Z") + "|save|web|null|s1|{\"note\":\"x\"}",
                "u2|1772532000000|move|ios|widget_drag_handle|s2|{\"nested\":{\"a\":[1,2]}}"), Fixtures.events(workspace));
        assertEquals(2, result.newPeople());
    }

    @Test
    void theSameFileTwiceAddsNothing() throws Exception {
        String csv = "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\nu1,2026-03-03T10:00:00Z,open\nu2,2026-03-03T11:00:00Z,open\n";
        ImportResult first = importText("a.csv", csv);
        assertEquals(List.of(2L, 1L), List.of(first.imported(), first.duplicates()));
        ImportResult second = importText("b.csv", csv);
        assertEquals(List.of(0L, 3L), List.of(second.imported(), second.duplicates()));
        assertEquals(2, Fixtures.eventCount(workspace));
        assertEquals(2, Fixtures.activeDays(workspace).stream().mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf('|') + 1))).sum());
    }

    @Test
    void overlappingExportsInDifferentFormatsShareIds() throws Exception {
        importText("web.csv", "event_id,user_id,timestamp,event\nm1,u1,2026-03-03T10:00:00Z,open\nm2,u1,2026-03-03T10:01:00Z,move\n");
        ImportResult segment = importText("segment.jsonl",
                "{\"type\":\"track\",\"messageId\":\"m2\",\"userId\":\"u1\",\"event\":\"move\",\"timestamp\":\"2026-03-03T10:01:00Z\"}\n"
                        + "{\"type\":\"track\",\"messageId\":\"m3\",\"userId\":\"u1\",\"event\":\"save\",\"timestamp\":\"2026-03-03T10:02:00Z\"}\n");
        assertEquals(List.of(1L, 1L), List.of(segment.imported(), segment.duplicates()));
        assertEquals(3, Fixtures.eventCount(workspace));
    }

    @Test
    void fieldsTooLongToStoreAreQuarantinedNotFailingTheImport() throws Exception {
        String longName = "n".repeat(301);
        String longSession = "s".repeat(201);
        String hugeProperties = "\"{\"\"note\"\":\"\"" + "x".repeat(70_000) + "\"\"}\"";
        ImportResult csv = importText("long.csv", "user_id,timestamp,event,session_id,properties\n"
                + "u1,2026-03-03T10:00:00Z,open,s1,{}\n"
                + "u1,2026-03-03T10:01:00Z," + longName + ",s1,{}\n"
                + "u1,2026-03-03T10:02:00Z,open," + longSession + ",{}\n"
                + "u1,2026-03-03T10:03:00Z,open,s1," + hugeProperties + "\n");
        assertEquals(List.of(4L, 1L, 3L), List.of(csv.rowsRead(), csv.imported(), csv.quarantined()));
        assertEquals(List.of("3|event name longer than 300 characters", "4|session id longer than 200 characters",
                "5|properties longer than 65,536 characters"),
                Fixtures.rows(workspace, "SELECT line_no, reason FROM quarantine ORDER BY line_no"));
        ImportResult segment = importText("long.jsonl", "{\"type\":\"track\",\"messageId\":\"m1\",\"userId\":\"u2\","
                + "\"event\":\"open\",\"timestamp\":\"2026-03-03T10:00:00Z\",\"properties\":{\"note\":\"" + "y".repeat(70_000) + "\"}}\n");
        assertEquals(List.of(1L, 0L, 1L), List.of(segment.rowsRead(), segment.imported(), segment.quarantined()));
    }

    @Test
    void badRowsAreQuarantinedWithLineAndReason() throws Exception {
        String csv = "event_id,user_id,timestamp,event,properties\n"
                + "e1,u1,2026-03-03T10:00:00Z,open,{}\n"
                + "e2,u1,2026-13-45T99:00:00Z,open,{}\n"
                + "e3,,2026-03-03T10:00:00Z,open,{}\n"
                + "e4,u1,2026-03-03T10:00:00Z,,{}\n"
                + "e5,u1,2026-03-03T10:00:00Z,open,{not json}\n"
                + "e6,u1\n";
        ImportResult result = importText("bad.csv", csv);
        assertEquals(List.of(6L, 1L, 5L), List.of(result.rowsRead(), result.imported(), result.quarantined()));
        assertEquals(List.of(
                "3|timestamp: not a timestamp (ISO-8601 with offset): 2026-13-45T99:00:00Z",
                "4|no user id", "5|no event name", "6|properties are not a JSON object",
                "7|has 2 fields where the header has 5"),
                Fixtures.rows(workspace, "SELECT line_no, reason FROM quarantine ORDER BY line_no"));
        assertEquals(List.of("e6,u1"), Fixtures.rows(workspace, "SELECT raw_text FROM quarantine WHERE line_no = 7"));
        Path exported = temp.resolve("quarantine.csv");
        importer.exportQuarantine(result.batchId(), org.uptake.workspace.ExportFile.to(exported, workspace.folder(), false));
        assertEquals("line,reason,raw_text", Files.readAllLines(exported).get(0));
    }

    @Test
    void aTruncatedFileLeavesTheWorkspaceAsItWas() throws Exception {
        importText("first.csv", "user_id,timestamp,event\nu0,2026-03-03T10:00:00Z,open\n");
        StringBuilder csv = new StringBuilder("user_id,timestamp,event\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("u").append(i % 500).append(",").append(1_772_532_000_000L + i * 1000L).append(",open\n");
        }
        byte[] gz = Fixtures.gzip(csv.toString());
        Path cut = Fixtures.bytes(temp, "cut.csv.gz", Arrays.copyOf(gz, gz.length * 3 / 4));
        List<Object> before = snapshot();
        ImportProblem problem = assertThrows(ImportProblem.class, () -> importer.importFile(importer.plan(cut), Progress.NONE));
        assertEquals("cut.csv.gz ends before its data does (a truncated gzip file?). Nothing was imported.", problem.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void aCancelledImportLeavesTheWorkspaceAsItWas() throws Exception {
        importText("first.csv", "user_id,timestamp,event\nu0,2026-03-03T10:00:00Z,open\n");
        StringBuilder csv = new StringBuilder("user_id,timestamp,event\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("u").append(i % 700).append(",").append(1_772_532_000_000L + i * 1000L).append(",open\n");
        }
        Path file = Fixtures.text(temp, "big.csv", csv.toString());
        List<Object> before = snapshot();
        Progress cancelSoon = new Progress() {
            long updates;

            @Override
            public void update(long done, long total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 3;
            }
        };
        assertThrows(CancellationException.class, () -> importer.importFile(importer.plan(file), cancelSoon));
        assertEquals(before, snapshot());
        ImportResult again = importer.importFile(importer.plan(file), Progress.NONE);
        assertEquals(List.of(99_999L, 1L, 0L), List.of(again.imported(), again.duplicates(), again.quarantined()), "u0 at 10:00 was imported before");
    }

    /** Counts of every table an import writes, and the files kept in imports/. */
    private List<Object> snapshot() throws SQLException, IOException {
        List<Object> state = new java.util.ArrayList<>();
        for (String table : List.of("event_block", "event_key_block", "person", "person_activity_block", "person_profile_block", "feature_event_block", "person_feature", "quarantine",
                "import_batch", "dictionary", "person_alias")) {
            // Blocks are rewritten in place: their bytes, not just their count, must come back.
            String bytes = table.endsWith("_block") ? ", COALESCE(SUM(OCTET_LENGTH(" + (table.equals("event_key_block") ? "dedupe_keys" : "data")
                    + ")), 0)" : "";
            state.add(table + "=" + Fixtures.rows(workspace, "SELECT COUNT(*)" + bytes + " FROM " + table));
        }
        try (Stream<Path> files = Files.list(workspace.importsFolder())) {
            state.add(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        return state;
    }

    @Test
    void theOriginalFileIsKeptInImports() throws Exception {
        ImportResult result = importText("events.csv", "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n");
        assertEquals("user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\n",
                Files.readString(workspace.importsFolder().resolve(result.batchId() + "-events.csv")));
    }

    @Test
    void segmentIdentifyLinksAnonymousEventsAndGroupFillsTheAccount() throws Exception {
        String jsonl = """
                {"type":"track","messageId":"a1","anonymousId":"anon-1","event":"open","timestamp":"2026-03-03T10:00:00Z","properties":{"session_id":"s1"},"context":{"device":{"type":"ios"},"app":{"version":"5.13.0"}}}
                {"type":"identify","messageId":"i1","anonymousId":"anon-1","userId":"u9","timestamp":"2026-03-03T10:01:00Z","traits":{"email":"ana@acme.example","segment":"smb","plan":"pro","role":"admin"}}
                {"type":"group","messageId":"g1","userId":"u9","groupId":"acc-1","timestamp":"2026-03-03T10:01:01Z","traits":{"name":"Acme","tier":"smb","arr":12000}}
                {"type":"track","messageId":"a2","userId":"u9","anonymousId":"anon-1","event":"move","timestamp":"2026-03-03T10:02:00Z","properties":{"target":"widget_drag_handle","session_id":"s1"},"context":{"device":{"type":"ios"}}}
                {"type":"track","messageId":"a3","userId":"u9","timestamp":"yesterday","event":"x"}
                """;
        ImportResult result = importText("segment.jsonl", jsonl);
        assertEquals(List.of(5L, 2L, 1L), List.of(result.rowsRead(), result.imported(), result.quarantined()));
        assertEquals(List.of(
                "u9|" + ms("2026-03-03T10:00:00Z") + "|open|ios|null|s1|{\"app_version\":\"5.13.0\"}",
                "u9|" + ms("2026-03-03T10:02:00Z") + "|move|ios|widget_drag_handle|s1|null"), Fixtures.events(workspace));
        assertEquals(List.of("u9|acc-1|smb|pro|admin|ana@acme.example|FALSE"),
                Fixtures.rows(workspace, "SELECT user_id, account_id, segment, plan, role, email, anonymous FROM person"));
        assertEquals(List.of("u9|acc-1|smb|pro|admin"), Fixtures.profiles(workspace));
        assertEquals(List.of("acc-1|Acme|smb|12000.00"), Fixtures.rows(workspace, "SELECT account_id, name, tier, arr FROM account"));
        assertEquals(List.of("anon-1"), Fixtures.rows(workspace, "SELECT anonymous_id FROM person_alias"));
        assertEquals(List.of("u9|ios|2"), Fixtures.platformEvents(workspace));
    }

    @Test
    void anAnonymousPersonIsMergedWhenAnEarlierImportKnewTheUser() throws Exception {
        importText("web.csv", "user_id,timestamp,event\nu9,2026-03-02T09:00:00Z,open\n");
        importText("mobile.jsonl", """
                {"type":"track","messageId":"a1","anonymousId":"anon-1","event":"move","timestamp":"2026-03-03T10:00:00Z"}
                {"type":"identify","messageId":"i1","anonymousId":"anon-1","userId":"u9","timestamp":"2026-03-03T10:01:00Z","traits":{}}
                """);
        assertEquals(List.of("u9", "u9"), Fixtures.events(workspace).stream().map(e -> e.substring(0, e.indexOf('|'))).toList());
        assertEquals(1, Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person"));
        assertEquals(List.of("u9|2026-03-02|1", "u9|2026-03-03|1"), Fixtures.activeDays(workspace));
        assertEquals(List.of(), Fixtures.platformEvents(workspace), "neither file names a platform");
    }

    @Test
    void mixpanelAmplitudeAndPosthogExports() throws Exception {
        importText("mixpanel.jsonl", "{\"event\":\"open\",\"properties\":{\"time\":1772532000,\"distinct_id\":\"u1\",\"$insert_id\":\"mp1\",\"$os\":\"Android\",\"plan\":\"pro\"}}\n");
        importer.importFile(importer.plan(Fixtures.bytes(temp, "amplitude.zip", Fixtures.zipOfGzips(
                "{\"event_type\":\"move\",\"user_id\":\"u2\",\"event_time\":\"2026-03-03 10:00:00.250000\",\"uuid\":\"am1\",\"platform\":\"iOS\",\"session_id\":1772532000000,\"event_properties\":{\"widget\":\"kpi\"},\"version_name\":\"5.13.0\"}",
                "{\"event_type\":\"save\",\"user_id\":\"u2\",\"event_time\":\"2026-03-03 10:05:00.000000\",\"uuid\":\"am2\",\"platform\":\"iOS\"}"))),
                Progress.NONE);
        importText("posthog.jsonl", "{\"uuid\":\"ph1\",\"event\":\"reset\",\"distinct_id\":\"u3\",\"timestamp\":\"2026-03-03T11:00:00+00:00\",\"properties\":{\"$os\":\"Mac OS X\",\"$session_id\":\"ps1\"}}\n");
        assertEquals(List.of(
                "u2|" + ms("2026-03-03T10:00:00.250Z") + "|move|ios|null|1772532000000|{\"widget\":\"kpi\",\"app_version\":\"5.13.0\"}",
                "u2|" + ms("2026-03-03T10:05:00Z") + "|save|ios|null|null|null",
                "u3|" + ms("2026-03-03T11:00:00Z") + "|reset|mac os x|null|ps1|{\"$os\":\"Mac OS X\",\"$session_id\":\"ps1\"}",
                "u1|1772532000000|open|android|null|null|{\"$os\":\"Android\",\"plan\":\"pro\"}"),
                Fixtures.events(workspace).stream().sorted(java.util.Comparator.comparing((String row) -> row.split("\\|")[2]
                        .equals("open") ? 1 : 0)).toList());
    }

    @Test
    void ticketsInZendeskAndFreshdeskShapesFindTheirPeopleByEmail() throws Exception {
        importText("people.csv", "user_id,email,segment\nu1,ana@acme.example,smb\nu2,bo@beta.example,enterprise\n");
        ImportResult zendesk = importText("zendesk.csv", "Id,Subject,Description,Status,Requester email,Created at,Tags\n"
                + "101,Can't drag widgets,\"On my phone,\nthey jump back\",open,ANA@acme.example,2026-03-04 10:00:00,mobile dashboard-customization\n");
        ImportResult freshdesk = importText("freshdesk.csv", "Ticket ID,Subject,Email,Created time,Tags,Status\n"
                + "FD-7,Export missing,bo@beta.example,2026-03-05 09:30:00,\"exports,bug\",Open\n");
        assertEquals(List.of(1L, 1L), List.of(zendesk.imported(), freshdesk.imported()));
        assertEquals(List.of(
                "101|u1|On my phone,\nthey jump back|mobile dashboard-customization|open",
                "FD-7|u2|null|exports bug|Open"),
                Fixtures.rows(workspace, "SELECT t.ticket_id, p.user_id, t.body, t.tags, t.status FROM ticket t"
                        + " JOIN person p ON p.id = t.person_id ORDER BY t.ticket_id"));
        ImportResult again = importText("zendesk-again.csv", "Id,Subject,Description,Status,Requester email,Created at,Tags\n"
                + "101,Can't drag widgets,x,solved,ana@acme.example,2026-03-04 10:00:00,mobile\n");
        assertEquals(List.of(0L, 1L, 0L), List.of(again.imported(), again.updated(), again.duplicates()));
    }

    @Test
    void rollupsFollowEachImportIncrementallyWhenKnownPairsAreReadInOnePass() throws Exception {
        int few = FeatureUseStore.fewPairs;
        FeatureUseStore.fewPairs = 0;
        try {
            rollupsFollowEachImportIncrementally();
        } finally {
            FeatureUseStore.fewPairs = few;
        }
    }

    @Test
    void rollupsFollowEachImportIncrementally() throws Exception {
        importText("features.json", FEATURES);
        importText("a.csv", "user_id,timestamp,event\n"
                + "u1,2026-03-01T10:00:00Z,save\n"
                + "u1,2026-03-01T11:00:00Z,old_filter\n"
                + "u1,2026-03-03T10:00:00Z,open\n"
                + "u1,2026-03-03T10:01:00Z,move\n"
                + "u1,2026-03-03T10:02:00Z,save\n"
                + "u2,2026-03-03T12:00:00Z,open\n");
        assertEquals(List.of("u1|" + ms("2026-03-01T10:00:00Z") + "|" + ms("2026-03-03T10:02:00Z") + "|"
                        + ms("2026-03-03T10:02:00Z") + "|2|" + ms("2026-03-01T11:00:00Z"),
                "u2|" + ms("2026-03-03T12:00:00Z") + "|" + ms("2026-03-03T12:00:00Z") + "|null|1|null"),
                Fixtures.rows(workspace, "SELECT p.user_id, f.first_use, f.last_use, f.first_adoption, f.days_used, f.first_legacy_use"
                        + " FROM person_feature f JOIN person p ON p.id = f.person_id ORDER BY p.user_id"));
        importText("b.csv", "user_id,timestamp,event\nu2,2026-03-04T09:00:00Z,save\nu2,2026-03-04T09:30:00Z,page\n");
        assertEquals(List.of("u1|null|" + ms("2026-03-03T10:02:00Z"), "u2|" + ms("2026-03-04T09:00:00Z") + "|" + ms("2026-03-04T09:00:00Z")),
                Fixtures.rows(workspace, "SELECT p.user_id, CASE WHEN p.user_id = 'u2' THEN f.first_adoption END, f.last_use"
                        + " FROM person_feature f JOIN person p ON p.id = f.person_id ORDER BY p.user_id"));
        assertEquals(List.of("u1|2026-03-01|2", "u1|2026-03-03|3", "u2|2026-03-03|1", "u2|2026-03-04|2"),
                Fixtures.activeDays(workspace));
        assertEquals(List.of("u1|2026-03-03|3|1", "u2|2026-03-03|1|0", "u2|2026-03-04|1|1"),
                Fixtures.rows(workspace, "SELECT p.user_id, d.activity_day, d.uses, d.adoption_uses FROM person_feature_day d"
                        + " JOIN person p ON p.id = d.person_id WHERE d.activity_day >= DATE '2026-03-02' ORDER BY p.user_id, d.activity_day"));

        // A third file adds to a day already counted, a new day, an earlier use and a legacy event.
        importText("c.csv", "user_id,timestamp,event\nu2,2026-03-04T18:00:00Z,save\nu2,2026-03-05T08:00:00Z,move\n"
                + "u2,2026-03-02T08:00:00Z,open\nu2,2026-03-02T09:00:00Z,old_filter\n");
        assertEquals(List.of("u2|2026-03-02|1|0", "u2|2026-03-03|1|0", "u2|2026-03-04|2|2", "u2|2026-03-05|1|0"),
                Fixtures.rows(workspace, "SELECT p.user_id, d.activity_day, d.uses, d.adoption_uses FROM person_feature_day d"
                        + " JOIN person p ON p.id = d.person_id WHERE p.user_id = 'u2' ORDER BY d.activity_day"));
        assertEquals(List.of("u2|" + ms("2026-03-02T08:00:00Z") + "|" + ms("2026-03-05T08:00:00Z") + "|" + ms("2026-03-04T09:00:00Z")
                        + "|4|" + ms("2026-03-02T09:00:00Z") + "|" + ms("2026-03-02T09:00:00Z")),
                Fixtures.rows(workspace, "SELECT p.user_id, f.first_use, f.last_use, f.first_adoption, f.days_used, f.first_legacy_use,"
                        + " f.last_legacy_use FROM person_feature f JOIN person p ON p.id = f.person_id WHERE p.user_id = 'u2'"));
    }

    @Test
    void featuresImportedAfterEventsBuildTheirRollups() throws Exception {
        importText("a.csv", "user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\nu1,2026-03-03T10:02:00Z,save\n");
        importText("features.json", FEATURES);
        assertEquals(1, Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person_feature WHERE first_adoption IS NOT NULL"));
        assertEquals(1, importText("features-again.json", FEATURES).duplicates());
    }

    @Test
    void aBriefJoinsItsFeature() throws Exception {
        importText("features.json", FEATURES);
        importText("widgets.md", "# Launch brief: Widgets\n\nPeople can arrange widgets.\n");
        assertEquals(List.of("# Launch brief: Widgets\n\nPeople can arrange widgets.\n"),
                Fixtures.rows(workspace, "SELECT brief FROM feature WHERE feature_key = 'widgets'"));
        assertTrue(assertThrows(ImportProblem.class, () -> importText("other.md", "**Feature key:** `nope`\n"))
                .getMessage().contains("feature 'nope', which this workspace does not define"));
    }

    @Test
    void eventsStoredUnderAPlaceholderFollowItsPersonAndItsIdIsNeverReused() throws Exception {
        importText("web.csv", "user_id,timestamp,event\nu7,2026-03-02T09:00:00Z,open\n");
        importText("early.jsonl", """
                {"type":"track","messageId":"t1","anonymousId":"anon-2","event":"move","timestamp":"2026-03-03T10:00:00Z"}
                """);
        importText("later.jsonl", """
                {"type":"identify","messageId":"i2","anonymousId":"anon-2","userId":"u7","timestamp":"2026-03-04T10:00:00Z","traits":{}}
                """);
        importText("more.csv", "user_id,timestamp,event\nu8,2026-03-05T09:00:00Z,open\n");

        assertEquals(List.of("u7|open", "u7|move", "u8|open"), Fixtures.events(workspace).stream()
                .map(e -> e.split("\\|")[0] + "|" + e.split("\\|")[2]).toList());
        assertEquals(List.of("u7|2026-03-02|1", "u7|2026-03-03|1", "u8|2026-03-05|1"), Fixtures.activeDays(workspace));
        assertEquals(List.of("u7|null|null|null|null", "u8|null|null|null|null"), Fixtures.profiles(workspace),
                "the placeholder anon-2 is gone from the profiles too");
    }

    @Test
    void ambiguousDatesMustBeResolvedFirst() throws Exception {
        Path file = Fixtures.text(temp, "d.csv", "user_id,timestamp,event\nu1,03/04/2026 10:00,open\nu2,01/02/2026 11:00,open\n");
        ImportPlan plan = importer.plan(file);
        assertEquals(TimestampFormat.AMBIGUOUS_DAY_MONTH, plan.mapping().timestampFormat());
        assertTrue(assertThrows(ImportProblem.class, () -> importer.importFile(plan, Progress.NONE)).getMessage()
                .contains("day-first or month-first"));
        importer.importFile(plan.withMapping(plan.mapping().withTimestamps(TimestampFormat.DAY_FIRST, "Europe/Berlin")), Progress.NONE);
        assertEquals(List.of(ms("2026-02-01T10:00:00Z"), ms("2026-04-03T08:00:00Z")),
                Fixtures.events(workspace).stream().map(e -> Long.parseLong(e.split("\\|")[1])).toList());
    }

    @Test
    void aMappingIsRememberedForTheNextExportOfTheSameSource() throws Exception {
        Path first = Fixtures.text(temp, "x.csv", "Who,When,What\nu1,2026-03-03T10:00:00Z,open\n");
        ImportPlan guessed = importer.plan(first);
        assertEquals(List.of(SourceKind.PEOPLE, Recognition.Level.NOT_RECOGNISED), List.of(guessed.sniff().kind(),
                guessed.sniff().recognition()));
        ImportPlan plan = ImportPlan.suggested(guessed.sniff().withKind(SourceKind.EVENTS, Dialect.CANONICAL));
        // "When" holds timestamps, so it is suggested by its values; nothing says which column is the event.
        assertEquals("Map a column to event.", plan.problem());
        ImportPlan mapped = plan.withMapping(plan.mapping().withColumn(Field.USER_ID, "Who").withColumn(Field.TIMESTAMP, "When")
                .withColumn(Field.EVENT, "What"));
        importer.importFile(mapped, Progress.NONE);
        Path second = Fixtures.text(temp, "y.csv", "Who,When,What\nu2,2026-03-04T10:00:00Z,move\n");
        ImportPlan recalled = importer.plan(second);
        assertEquals(SourceKind.EVENTS, recalled.sniff().kind());
        assertEquals("", recalled.problem());
        assertEquals(1, importer.importFile(recalled, Progress.NONE).imported());
    }
}
