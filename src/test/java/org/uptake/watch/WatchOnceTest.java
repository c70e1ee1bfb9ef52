package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

/**
 * {@code uptake watch --once} lets the importer forget its index of the workspace before the rules run. An import
 * after that reads the index again and still knows every stored person and event: nothing is imported twice.
 */
class WatchOnceTest {

    @TempDir
    Path temp;

    @Test
    void afterARefreshOnceTheNextImportStillKnowsEveryStoredPersonAndEvent() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            Path inbox = temp.resolve("inbox");
            Files.createDirectories(inbox);
            WatchSettings.DEFAULTS.withInboxes(List.of(inbox.toString())).save(workspace.settings());
            org.uptake.services.WorkspaceServices services = org.uptake.TestServices.of(workspace);
            Watch watch = WatchWiring.watch(workspace, services, List.of(new DigestMarkdown()), DigestMail.NONE);

            Path day0 = WatchScenario.writeDay(inbox, 0);
            watch.look();
            WatchRun first = watch.refreshOnce(Progress.NONE);
            assertFalse(services.importer().holdsIndex(), "let go before the rules ran");
            assertEquals(WatchScenario.day(0), first.asOf(), "the rules ran whatever was imported");
            WorkspaceSummary before = new OverviewQueries(workspace).summary(0);
            assertEquals(WatchScenario.PEOPLE, before.people());
            assertTrue(before.events() > 0);

            // The same day's events again under another name: only an index read again from the workspace knows them.
            Path again = inbox.resolve("again");
            Files.createDirectories(again);
            Files.copy(day0.resolve("events.csv"), again.resolve("events-again.csv"));
            watch.look();
            WatchRun second = watch.refreshOnce(Progress.NONE);
            assertEquals(List.of(0L), second.files().stream().map(InboxFile::rows).toList(), second.files().toString());
            assertEquals(before.events(), new OverviewQueries(workspace).summary(0).events(), "no event imported twice");

            // The next day's events are the same people's: none is made anew.
            WatchScenario.writeDay(inbox, 1);
            watch.look();
            WatchRun third = watch.refreshOnce(Progress.NONE);
            assertFalse(services.importer().holdsIndex());
            assertEquals(WatchScenario.day(1), third.asOf());
            WorkspaceSummary after = new OverviewQueries(workspace).summary(0);
            assertEquals(WatchScenario.PEOPLE, after.people(), "the people the index knew before it was forgotten");
            assertTrue(after.events() > before.events());

            // A refresh of a process that goes on (the app, uptake watch --every) keeps it for the next import.
            WatchScenario.writeDay(inbox, 2);
            watch.look();
            watch.refresh(true, Progress.NONE);
            assertTrue(services.importer().holdsIndex());
        }
    }
}
