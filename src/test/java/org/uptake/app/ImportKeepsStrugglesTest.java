package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;

/**
 * {@code uptake import} keeps the book of business's struggling people of the new data (the last 28 days, and the
 * 28 days before the prediction's day), as a rollup: the book's first opening reads them.
 */
class ImportKeepsStrugglesTest {

    @TempDir
    Path temp;

    @Test
    void anImportKeepsTheStrugglingPeopleOfTheBooksWindows() throws Exception {
        Path ws = temp.resolve("w");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        Files.writeString(temp.resolve("features.json"), """
                [{"key":"boards","name":"Boards","launchedAt":"2026-01-05","adoption":{"event":"board_saved","target":0.5,"withinDays":30},
                  "funnel":["board_opened","board_saved"]}]
                """);
        Files.writeString(temp.resolve("accounts.csv"), "account_id,name,tier,arr\nB1,Board Co,bronze,1000\n");
        Files.writeString(temp.resolve("people.csv"), "user_id,account_id,segment\nclicker,B1,bronze\ncalm,B1,bronze\n");
        // Clicker rage-clicks on a board on 20 May (inside the last 28 days, 4–31 May), calm only opens one.
        Files.writeString(temp.resolve("events.csv"), """
                user_id,timestamp,event,platform,session_id,target,properties
                clicker,2026-05-20T10:00:00.000Z,board_opened,web,s1,,
                clicker,2026-05-20T10:00:05.000Z,click,web,s1,card,"{""x"":10,""y"":10}"
                clicker,2026-05-20T10:00:05.300Z,click,web,s1,card,"{""x"":11,""y"":10}"
                clicker,2026-05-20T10:00:05.600Z,click,web,s1,card,"{""x"":12,""y"":10}"
                calm,2026-05-21T10:00:00.000Z,board_opened,web,s2,,
                calm,2026-05-31T10:00:00.000Z,page,web,s3,,
                """);
        CliRun run = CliRun.of("import", ws.toString(), temp.resolve("features.json").toString(), temp.resolve("accounts.csv").toString(),
                temp.resolve("people.csv").toString(), temp.resolve("events.csv").toString());
        assertEquals(0, run.exitCode(), run.err());

        List<String> kept = new ArrayList<>();
        try (Workspace workspace = Workspace.open(ws); Connection c = WorkspaceDatabase.connect(workspace); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT window_from, window_to, people, person_ids FROM struggling_set ORDER BY window_from")) {
            while (rs.next()) {
                kept.add(rs.getString(1) + ".." + rs.getString(2) + ": " + rs.getInt(3));
                if (rs.getString(2).equals("2026-05-31")) {
                    try (Statement p = c.createStatement(); ResultSet id = p.executeQuery("SELECT id FROM person WHERE user_id = 'clicker'")) {
                        id.next();
                        assertArrayEquals(java.nio.ByteBuffer.allocate(4).putInt(id.getInt(1)).array(), rs.getBytes(4));
                    }
                }
            }
        }
        // The prediction's day is 28 days before the last: 3 May, whose window (6 April – 3 May) holds no one struggling.
        assertEquals(List.of("2026-04-06..2026-05-03: 0", "2026-05-04..2026-05-31: 1"), kept);
    }
}
