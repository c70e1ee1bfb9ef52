package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.imports.FileEntry;
import org.uptake.gui.imports.ImportView;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.start.RecentWorkspaces;

/**
 * The wizard on files it does not fully understand: a ServiceNow-shaped log goes ahead as "probably
 * support tickets" with its columns suggested, a click study waits as "not recognised", the check reads
 * every row, and tickets whose requester matches nobody are named after the import.
 */
@ExtendWith(ApplicationExtension.class)
class ImportRecognitionScreenTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private MainWindowViewModel window;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        window = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    @Test
    void completeFilesGoAheadWhileAnUnrecognisedOneWaitsWithItsProblem(FxRobot robot) throws Exception {
        robot.interact(() -> window.createWorkspace(temp.resolve("Recognition")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null);
        Path people = temp.resolve("people.csv");
        Files.writeString(people, "user_id,segment\nCaller 1,smb\n");
        // Twelve rows, more than the ten the preview shows: the check must read them all.
        StringBuilder incidents = new StringBuilder("number,incident_state,caller_id,opened_at,short_description\n");
        for (int i = 1; i <= 12; i++) {
            incidents.append(String.format("INC%03d,New,Caller %d,%d/3/2026 10:00,Dashboard is slow%n", i, i <= 6 ? 1 : i, 13 + i));
        }
        Path log = temp.resolve("incident_event_log.csv");
        Files.writeString(log, incidents.toString());
        Path study = temp.resolve("raw_data.csv");
        Files.writeString(study, ",typ,iLTs,ACR,net_delay,mouse_clicks,subject\n0,map,\"1555082919042:6055,1555082938657:1845\",1,600ms,\"0:Down\",1\n"
                + "1,map,1555082986828,1,1500ms,\"-9:Down\",1\n");

        robot.interact(() -> window.importFiles(List.of(people, log, study)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + ImportView.FILES_ID).tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<FileEntry> list = robot.lookup("#" + ImportView.FILES_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 3
                && list.getItems().stream().allMatch(f -> f.plan() != null));
        Map<String, FileEntry> byName = list.getItems().stream().collect(Collectors.toMap(FileEntry::name, Function.identity()));
        assertEquals(List.of("people · Uptake canonical", "probably support tickets: check its columns", "Not recognised: map its columns"),
                List.of(byName.get("people.csv").statusProperty().get(), byName.get("incident_event_log.csv").statusProperty().get(),
                        byName.get("raw_data.csv").statusProperty().get()));
        assertEquals(Map.of("ticket_id", "number", "user_id", "caller_id", "created_at", "opened_at", "subject",
                "short_description", "status", "incident_state"), byName.get("incident_event_log.csv").plan().mapping().columns());

        Button next = robot.lookup("#" + ImportView.NEXT_ID).queryButton();
        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        Label blocker = robot.lookup("#" + ImportView.BLOCKER_ID).queryAs(Label.class);
        assertEquals(List.of(false, "raw_data.csv waits for its columns; the other files go ahead without it."),
                List.of(next.isDisabled(), blocker.getText()));
        assertEquals(List.of("Not recognised: choose what it holds and map a column to ticket_id, created_at."),
                robot.lookup(".problem").queryAllAs(Label.class).stream().filter(Label::isVisible).map(Label::getText)
                        .filter(t -> t.startsWith("Not recognised")).distinct().toList());

        robot.clickOn(next);
        FileEntry tickets = byName.get("incident_event_log.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tickets.validationProperty().get() != null);
        assertEquals(List.of(12L, 12L), List.of(tickets.validationProperty().get().rowsChecked(), tickets.validationProperty().get().good()));
        assertNull(byName.get("raw_data.csv").validationProperty().get());

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tickets.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12L, tickets.resultProperty().get().imported());
        assertNull(byName.get("raw_data.csv").resultProperty().get());
        assertEquals("incident_event_log.csv: 6 tickets have no requester that matches a person: import the people file"
                + " (with user ids or emails) first.", robot.lookup("#importWarnings").queryAs(Label.class).getText());
    }
}
