package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Issue 20: the first people file into a workspace without people takes a bulk path that stores exactly what the ordinary path stores. */
class BulkPeopleImportTest {

    private static final String FIRST_PEOPLE = """
            user_id,account_id,segment,plan,role,email,created_at,opted_out
            u1,a1,smb,pro,admin,u1@acme.example,2025-01-02T03:04:05Z,false
            u2,a1,smb,pro,analyst,,2025-02-01T00:00:00Z,
            u3,,enterprise,,,u3@solo.example,,true
            u1,a1,smb,team,admin,,,
            u4,a2,,,viewer,,1735689600,false
            """;
    /** An anonymous placeholder (anon-7), an anonymous id linked to a known person (anon-8 → u2), a person seen only in events (u9). */
    private static final String EVENTS = """
            {"type":"track","messageId":"m1","anonymousId":"anon-7","event":"open","timestamp":"2026-03-03T10:00:00Z"}
            {"type":"track","messageId":"m2","anonymousId":"anon-8","event":"open","timestamp":"2026-03-03T10:01:00Z"}
            {"type":"identify","messageId":"m3","anonymousId":"anon-8","userId":"u2","timestamp":"2026-03-03T10:02:00Z","traits":{}}
            {"type":"track","messageId":"m4","userId":"u9","event":"move","timestamp":"2026-03-04T09:00:00Z"}
            {"type":"track","messageId":"m5","userId":"u1","event":"move","timestamp":"2026-03-04T09:30:00Z"}
            """;
    /** Updates (u1), an unchanged row (u2), the event-only person and placeholder gaining traits, new people with and without an account. */
    private static final String SECOND_PEOPLE = """
            user_id,account_id,segment,plan,role,email,created_at,opted_out
            u1,a1,enterprise,pro,admin,u1@acme.example,2025-01-02T03:04:05Z,false
            u2,a1,smb,pro,analyst,,2025-02-01T00:00:00Z,
            u9,a2,smb,free,viewer,u9@beta.example,2026-03-01T00:00:00Z,false
            anon-7,,smb,,,,,
            u10,a3,smb,pro,admin,u10@gamma.example,2026-03-02T00:00:00Z,true
            u11,,,,,,,
            """;

    @TempDir
    Path temp;

    @Test
    void theBulkPathStoresWhatTheOrdinaryPathStores() throws Exception {
        List<Object> bulk = importAll("bulk", true);
        List<Object> ordinary = importAll("ordinary", false);
        assertEquals(List.of(
                "1|u1|a1|smb|team|admin|u1@acme.example|2025-01-02 03:04:05+00|FALSE|FALSE|1",
                "2|u2|a1|smb|pro|analyst|null|2025-02-01 00:00:00+00|FALSE|FALSE|1",
                "3|u3|null|enterprise|null|null|u3@solo.example|null|TRUE|FALSE|1",
                "4|u4|a2|null|null|viewer|null|2025-01-01 00:00:00+00|FALSE|FALSE|1"), bulk.get(0));
        assertEquals(ordinary, bulk);
    }

    /** Three chunks written behind reading, with people repeated across chunks (the later row's traits win, blanks keep the earlier ones). */
    @Test
    void aFileOfSeveralChunksStoresWhatTheOrdinaryPathStores() throws Exception {
        StringBuilder people = new StringBuilder("user_id,account_id,segment,plan,email\n");
        for (int i = 0; i < PeopleWriter.CHUNK * 2 + 500; i++) {
            people.append("p").append(i).append(",a").append(i % 11).append(",smb,pro,p").append(i).append("@x.example\n");
            if (i % 9_000 == 8_999) {
                // A person of an earlier chunk again: new plan and account, blank email.
                people.append("p").append(i - 8_000).append(",b").append(i % 3).append(",,team,\n");
            }
        }
        List<List<String>> stored = new ArrayList<>();
        for (boolean bulkPeople : List.of(true, false)) {
            Path folder = temp.resolve("chunks-" + bulkPeople);
            try (Workspace workspace = Workspace.create(folder.resolve("ws"))) {
                Importer importer = new Importer(workspace, bulkPeople);
                importer.importFile(importer.plan(Fixtures.text(folder, "people.csv", people.toString())), Progress.NONE);
                List<String> rows = new ArrayList<>(people(workspace));
                rows.addAll(Fixtures.rows(workspace, "SELECT block_no, data FROM person_profile_block ORDER BY block_no"));
                rows.add(accountIndex(workspace));
                stored.add(rows);
            }
        }
        // p999 comes again in its own chunk, p18999 in the next one.
        assertEquals(List.of("1000|p999|b2|smb|team|null|p999@x.example|null|FALSE|FALSE|1", "1001|p1000|a10|smb|pro|null|p1000@x.example|null|FALSE|FALSE|1",
                "19000|p18999|b2|smb|team|null|p18999@x.example|null|FALSE|FALSE|1"),
                List.of(stored.get(0).get(999), stored.get(0).get(1000), stored.get(0).get(18999)));
        assertEquals(stored.get(1), stored.get(0));
    }

    @Test
    void aBulkImportCancelledAfterItsFirstRowsWereWrittenLeavesTheWorkspaceAsItWas() throws Exception {
        String people = "user_id,account_id,segment\n" + IntStream.range(0, PeopleWriter.CHUNK + 5_000)
                .mapToObj(i -> "p" + i + ",a" + (i % 7) + ",smb\n").collect(Collectors.joining());
        Path file = Fixtures.text(temp, "people.csv", people);
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Importer importer = new Importer(workspace, true);
            importer.importFile(importer.plan(Fixtures.text(temp, "accounts.csv", "account_id,name\na1,Acme\n")), Progress.NONE);
            // Cancelled once the rows past the first chunk are read: the first chunk went in with the index set aside.
            Progress cancelLate = new Progress() {
                private long rows;

                @Override
                public void update(long done, long total, String message) {
                    // "21,504 rows read": the position in bytes runs ahead of the rows by the reader's buffer.
                    rows = Long.parseLong(message.substring(0, message.indexOf(' ')).replaceAll("\\D", ""));
                }

                @Override
                public boolean isCancelled() {
                    return rows > PeopleWriter.CHUNK;
                }
            };
            assertThrows(CancellationException.class, () -> importer.importFile(importer.plan(file), cancelLate));
            assertEquals(List.of("0", "1", "PERSON_ACCOUNT"), List.of(Long.toString(Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person")),
                    Long.toString(Fixtures.scalar(workspace, "SELECT COUNT(*) FROM import_batch")), accountIndex(workspace)));

            ImportResult again = importer.importFile(importer.plan(file), Progress.NONE);
            assertEquals(List.of((long) PeopleWriter.CHUNK + 5_000, 3_571L, "PERSON_ACCOUNT"), List.of(again.newPeople() + 0L,
                    Fixtures.scalar(workspace, "SELECT COUNT(*) FROM person WHERE account_id = 'a3'"), accountIndex(workspace)));
        }
    }

    private static String accountIndex(Workspace workspace) throws Exception {
        return String.join(",", Fixtures.rows(workspace,
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'PERSON' AND INDEX_NAME = 'PERSON_ACCOUNT'"));
    }

    /** Imports both people files and the events between them; returns what is stored after the first file, then everything at the end. */
    private List<Object> importAll(String name, boolean bulkPeople) throws Exception {
        Path folder = temp.resolve(name);
        List<Object> stored = new ArrayList<>();
        try (Workspace workspace = Workspace.create(folder.resolve("ws"))) {
            Importer importer = new Importer(workspace, bulkPeople);
            List<ImportResult> results = new ArrayList<>();
            results.add(importer.importFile(importer.plan(Fixtures.text(folder, "people.csv", FIRST_PEOPLE)), Progress.NONE));
            stored.add(people(workspace));
            results.add(importer.importFile(importer.plan(Fixtures.text(folder, "events.jsonl", EVENTS)), Progress.NONE));
            results.add(importer.importFile(importer.plan(Fixtures.text(folder, "people-again.csv", SECOND_PEOPLE)), Progress.NONE));
            stored.add(people(workspace));
            stored.add(Fixtures.rows(workspace, "SELECT anonymous_id, person_id FROM person_alias ORDER BY anonymous_id"));
            stored.add(Fixtures.rows(workspace, "SELECT block_no, data FROM person_profile_block ORDER BY block_no"));
            stored.add(Fixtures.profiles(workspace));
            stored.add(Fixtures.events(workspace));
            stored.add(Fixtures.rows(workspace, "SELECT account_id, batch_id FROM account ORDER BY account_id"));
            stored.add(accountIndex(workspace));
            for (ImportResult r : results) {
                stored.add(List.of(r.rowsRead(), r.imported(), r.updated(), r.unchanged(), r.duplicates(), (long) r.newPeople(), (long) r.peopleUpdated()));
            }
        }
        return stored;
    }

    private static List<String> people(Workspace workspace) throws Exception {
        return Fixtures.rows(workspace, "SELECT id, user_id, account_id, segment, plan, role, email, created_at, opted_out, anonymous, batch_id"
                + " FROM person ORDER BY id");
    }
}
