package org.uptake.app;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.OutreachFixture;
import org.uptake.workspace.Workspace;

/** `uptake outreach`: decisions only on the named feature's messages, edits that keep what they do not change, safe exports, exit 2 on bad usage. */
class OutreachCliTest {

    @TempDir
    Path temp;
    Path ws;
    List<Message> drafts;

    @BeforeEach
    void build() throws Exception {
        try (Workspace workspace = OutreachFixture.build(temp)) {
            ws = workspace.folder();
            drafts = OutreachFixture.outreach(workspace).review().queue("reports", MessageStatus.DRAFT);
        }
    }

    @Test
    void anExportOverTheLiveDatabaseIsRefusedAndTheWorkspaceStillOpens() throws Exception {
        String id = Long.toString(drafts.get(0).id());
        assertEquals(0, run("approve", id).exitCode());
        Path database = ws.resolve(Workspace.DATABASE_FILE);
        CliRun export = run("export", "--channel", "email", "--out", database.toString(), "--force");
        assertEquals(1, export.exitCode());
        assertTrue(export.err().startsWith("uptake: " + database + " is inside the workspace folder"), export.err());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertEquals(MessageStatus.APPROVED, status(drafts.get(0).id()), "the workspace opens and nothing was recorded");
    }

    @Test
    void anExistingFileNeedsForce() throws Exception {
        assertEquals(0, run("approve", Long.toString(drafts.get(0).id())).exitCode());
        Path out = Files.writeString(temp.resolve("mail.csv"), "mine");
        CliRun refused = run("export", "--channel", "email", "--out", out.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("uptake: " + out + " already exists; choose another name, or allow replacing it (--force).", refused.err().strip());
        assertEquals("mine", Files.readString(out));
        CliRun forced = run("export", "--channel", "email", "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        List<String[]> rows = new com.univocity.parsers.csv.CsvParser(new com.univocity.parsers.csv.CsvParserSettings()).parseAll(out.toFile());
        assertEquals(2, rows.size(), "header and the one approved email");
        assertEquals(Long.toString(drafts.get(0).id()), rows.get(1)[0]);
    }

    @Test
    void decisionsActOnlyOnMessagesOfTheNamedFeature() throws Exception {
        String id = Long.toString(drafts.get(0).id());
        CliRun unknown = CliRun.of("outreach", ws.toString(), "--feature", "no-such-feature", "approve", id);
        assertEquals(1, unknown.exitCode());
        CliRun other = CliRun.of("outreach", ws.toString(), "--feature", "alerts", "approve", id);
        assertEquals(1, other.exitCode());
        assertEquals("uptake: Message " + id + " is about reports, not alerts; nothing was changed.", other.err().strip());
        assertEquals(1, CliRun.of("outreach", ws.toString(), "--feature", "alerts", "reject", id, "--reason", "x").exitCode());
        assertEquals(1, CliRun.of("outreach", ws.toString(), "--feature", "alerts", "edit", id, "--body", "x").exitCode());
        assertEquals(MessageStatus.DRAFT, status(drafts.get(0).id()));
        assertEquals(drafts.get(0).body(), message(drafts.get(0).id()).body());
    }

    @Test
    void anEditChangesOnlyWhatItNames() throws Exception {
        Message m = drafts.get(0);
        CliRun body = run("edit", Long.toString(m.id()), "--body", "A new body.");
        assertEquals(0, body.exitCode(), body.err());
        assertEquals(m.subject(), message(m.id()).subject());
        assertEquals("A new body.", message(m.id()).body());
        CliRun subject = run("edit", Long.toString(m.id()), "--subject", "A new subject");
        assertEquals(0, subject.exitCode(), subject.err());
        assertEquals("A new subject", message(m.id()).subject());
        assertEquals("A new body.", message(m.id()).body());
    }

    @Test
    void badUsageExitsTwoWithItsReasonAndWhereToReadMore() {
        String id = Long.toString(drafts.get(0).id());
        for (List<String> args : List.of(List.of("reject", id), List.of("reject", id, "--reason", " "), List.of("edit", id),
                List.of("edit"), List.of("approve"), List.of("approve", "abc"), List.of("export", "--channel", "email"),
                List.of("frobnicate"))) {
            CliRun run = run(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + ": " + run.err());
            List<String> lines = run.err().lines().toList();
            assertEquals(2, lines.size(), args + ": " + run.err());
            assertTrue(lines.get(0).startsWith("uptake: "), args + ": " + run.err());
            assertEquals("try uptake outreach --help", lines.get(1), args + ": " + run.err());
        }
        assertEquals(MessageStatus.DRAFT, status(drafts.get(0).id()));
    }

    private CliRun run(String... action) {
        String[] args = new String[action.length + 4];
        args[0] = "outreach";
        args[1] = ws.toString();
        args[2] = "--feature";
        args[3] = "reports";
        System.arraycopy(action, 0, args, 4, action.length);
        return CliRun.of(args);
    }

    private MessageStatus status(long id) {
        return message(id).status();
    }

    private Message message(long id) {
        try (Workspace workspace = Workspace.open(ws)) {
            return TestServices.of(workspace).outreach().review().message(id);
        }
    }
}
