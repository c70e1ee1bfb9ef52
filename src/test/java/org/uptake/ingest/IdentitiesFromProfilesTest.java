package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.struggle.SharedEventReadTest;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;

/**
 * An import learns who is already in the workspace from the profile blocks (at a million people reading the person
 * table took seconds of every import); it must learn exactly what the table holds, and read the table whenever the
 * blocks do not match it, since trusting stale blocks would create a person twice.
 */
class IdentitiesFromProfilesTest {

    private static final String PEOPLE = """
            user_id,account_id,segment,plan,role,email,created_at,opted_out
            u1,a1,smb,pro,admin,u1@acme.example,2025-01-02T03:04:05Z,false
            u2,a1,smb,pro,analyst,,2025-02-01T00:00:00Z,
            """;
    /** A placeholder that stays (anon-7), one merged into u2 by an identify call (anon-8), a person seen only in events (u9). */
    private static final String EVENTS = """
            {"type":"track","messageId":"m1","anonymousId":"anon-7","event":"open","timestamp":"2026-03-03T10:00:00Z"}
            {"type":"track","messageId":"m2","anonymousId":"anon-8","event":"open","timestamp":"2026-03-03T10:01:00Z"}
            {"type":"identify","messageId":"m3","anonymousId":"anon-8","userId":"u2","timestamp":"2026-03-03T10:02:00Z","traits":{}}
            {"type":"track","messageId":"m4","userId":"u9","event":"move","timestamp":"2026-03-04T09:00:00Z"}
            """;

    @TempDir
    Path temp;

    @Test
    void theBlocksGiveWhatThePersonTableHolds() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            SharedEventReadTest.importText(workspace, temp, "people.csv", PEOPLE);
            SharedEventReadTest.importText(workspace, temp, "events.jsonl", EVENTS);

            Map<String, Integer> table = table(workspace);
            assertEquals(java.util.Set.of("u1", "u2", "u9", "anon-7"), table.keySet(), "the merged placeholder is gone from the table");
            assertEquals(table, identities(workspace));
            assertEquals(true, fromBlocks(workspace), "read from the blocks, not the table");
        }
    }

    @Test
    void aPersonTheBlocksDoNotHoldIsReadFromTheTable() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            SharedEventReadTest.importText(workspace, temp, "people.csv", PEOPLE);
            try (Transaction tx = Transaction.begin(workspace); Statement s = tx.connection().createStatement()) {
                // As a path that forgot to refresh the blocks would leave it.
                s.executeUpdate("INSERT INTO person (id, user_id) VALUES (50, 'u50')");
                tx.commit();
            }

            assertEquals(false, fromBlocks(workspace), "the blocks hold one person fewer than the table");
            assertEquals(Map.of("u1", 1, "u2", 2, "u50", 50), identities(workspace));
            // And an import that meets u50 again finds them instead of making a second u50.
            SharedEventReadTest.importText(workspace, temp, "more.csv", "user_id,segment\nu50,smb\n");
            assertEquals(Map.of("u1", 1, "u2", 2, "u50", 50), table(workspace));
        }
    }

    private static Map<String, Integer> identities(Workspace workspace) {
        Map<String, Integer> read = new HashMap<>();
        try (Transaction tx = Transaction.begin(workspace)) {
            PeopleStore.readIdentities(tx, read::put, (anonymous, id) -> { });
        }
        return read;
    }

    private static boolean fromBlocks(Workspace workspace) throws Exception {
        try (Transaction tx = Transaction.begin(workspace)) {
            return PeopleStore.identitiesFromProfiles(tx.connection(), (userId, id) -> { });
        }
    }

    private static Map<String, Integer> table(Workspace workspace) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (Transaction tx = Transaction.begin(workspace); Statement s = tx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT user_id, id FROM person")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        return rows;
    }
}
