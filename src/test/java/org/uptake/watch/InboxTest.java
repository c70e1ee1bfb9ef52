package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.InboxLog;
import org.uptake.workspace.Workspace;

/** Inbox files import once complete, once only; bad ones move aside with a note; nothing is deleted. */
class InboxTest {

    static final String HEADER = "event_id,user_id,timestamp,event,platform,session_id,target,properties\n";

    @TempDir
    Path temp;
    Workspace workspace;
    Path folder;
    Inbox inbox;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        folder = Files.createDirectories(temp.resolve("inbox"));
        inbox = new Inbox(() -> List.of(folder), new Importer(workspace), new InboxLog(workspace), WatchWiring.CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aHalfWrittenFileWaitsUntilItsSizeHoldsAcrossTwoLooks() throws Exception {
        Path file = folder.resolve("day.csv");
        Files.writeString(file, HEADER + "e1,u1,2026-06-01T10:00:00Z,page_viewed,web,s1,,\n");
        assertEquals(List.of(), inbox.look(), "first sight: not yet");
        Files.writeString(file, "e2,u1,2026-06-01T10:05:00Z,page_viewed,web,s1,,\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        assertEquals(List.of(), inbox.look(), "it grew since the last look");
        List<Path> ready = inbox.look();
        assertEquals(List.of(file), ready);
        List<InboxFile> taken = inbox.take(ready, Progress.NONE);
        assertEquals(List.of(2L), taken.stream().map(InboxFile::rows).toList());
        inbox.look();
        assertEquals(List.of(), inbox.look(), "taken once");
        assertTrue(Files.exists(file), "an imported file stays where it was");
    }

    @Test
    void partAndTmpFilesAreNeverTaken() throws Exception {
        Files.writeString(folder.resolve("day.csv.part"), HEADER);
        Files.writeString(folder.resolve("day.tmp"), HEADER);
        inbox.look();
        assertEquals(List.of(), inbox.look());
    }

    @Test
    void aFailedFileMovesToFailedWithANoteOfWhyAndTheWorkspaceKeepsNothingOfIt() throws Exception {
        Path bad = folder.resolve("notes.csv");
        Files.writeString(bad, "just,some,words\nnot,an,export\n");
        inbox.look();
        List<InboxFile> taken = inbox.take(inbox.look(), Progress.NONE);
        assertEquals(1, taken.size());
        InboxFile failed = taken.get(0);
        assertEquals(false, failed.imported());
        assertEquals(folder.resolve("failed").resolve("notes.csv"), failed.movedTo());
        assertEquals("just,some,words\nnot,an,export\n", Files.readString(failed.movedTo()));
        String why = Files.readString(folder.resolve("failed").resolve("notes.csv.why.txt"));
        assertTrue(why.startsWith("Uptake could not import " + bad + ":\n"), why);
        assertEquals(0, new org.uptake.workspace.OverviewQueries(workspace).summary(0).events());
        inbox.look();
        assertEquals(List.of(), inbox.look(), "the failed/ folder is not looked into");
    }
}
