package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.AlertStore;
import org.uptake.workspace.Workspace;

/** One alert per condition until it clears; snooze in data days; dismiss; every change in the trail. */
class AlertBookTest {

    static final LocalDate D1 = LocalDate.of(2026, 7, 1);

    @TempDir
    Path temp;
    Workspace workspace;
    AlertBook book;

    @BeforeEach
    void open() {
        workspace = Workspace.create(temp.resolve("ws"));
        book = new AlertBook(new AlertStore(workspace), WatchWiring.CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Finding finding(String key, double share) {
        return new Finding("struggle-share", "struggle-share:" + key, key, null, key + " struggles", Map.of("share", share), 0.001,
                "p = 0.001 (test)", "Struggles");
    }

    @Test
    void aConditionFoundEveryDayIsOneAlertWithItsFirstDayAndLatestFigures() {
        assertEquals(1, book.update(List.of(finding("a", 0.3)), D1).size());
        assertEquals(List.of(), book.update(List.of(finding("a", 0.4)), D1.plusDays(1)));
        assertEquals(List.of(), book.update(List.of(finding("a", 0.5), finding("a", 0.5)), D1.plusDays(2)));
        Alert a = book.live().get(0);
        assertEquals(List.of(D1, D1.plusDays(2), 0.5, AlertStatus.OPEN), List.of(a.since(), a.lastSeen(), a.figures().get("share"), a.status()));
        assertEquals(1, book.all().size());
    }

    @Test
    void aClearedConditionThatComesBackIsANewAlert() {
        book.update(List.of(finding("a", 0.3)), D1);
        book.update(List.of(), D1.plusDays(1));
        assertEquals(List.of(), book.live());
        assertEquals(1, book.update(List.of(finding("a", 0.3)), D1.plusDays(2)).size());
        List<Alert> all = book.all();
        assertEquals(List.of(AlertStatus.CLEARED, AlertStatus.OPEN), all.stream().map(Alert::status).toList());
        assertEquals(D1.plusDays(1), all.get(0).cleared());
    }

    @Test
    void aSnoozeLastsUntilTheDataPassesItsDayAndIsAudited() {
        long id = book.update(List.of(finding("a", 0.3)), D1).get(0).id();
        book.snooze(id, 3, D1, "waiting for the fix");
        book.update(List.of(finding("a", 0.3)), D1.plusDays(3));
        assertEquals(AlertStatus.SNOOZED, book.live().get(0).status());
        assertEquals(0, book.openCount());
        book.update(List.of(finding("a", 0.3)), D1.plusDays(4));
        assertEquals(AlertStatus.OPEN, book.live().get(0).status());
        assertEquals(List.of("raised", "snoozed", "woke"), book.trail(id).stream().map(t -> t.action()).toList());
        assertEquals("until 2026-07-04: waiting for the fix", book.trail(id).get(1).note());
        assertEquals(WatchWiring.CLOCK.instant(), book.trail(id).get(1).at());
    }

    @Test
    void aDismissedAlertStaysQuietWhileItsConditionHolds() {
        long id = book.update(List.of(finding("a", 0.3)), D1).get(0).id();
        book.dismiss(id, D1, "known");
        assertEquals(List.of(), book.update(List.of(finding("a", 0.3), finding("b", 0.2)), D1.plusDays(1)).stream()
                .filter(x -> x.feature().equals("a")).toList());
        assertEquals(List.of(AlertStatus.DISMISSED, AlertStatus.OPEN), book.live().stream().map(Alert::status).toList());
        assertEquals(1, book.openCount());
        assertThrows(IllegalArgumentException.class, () -> book.snooze(id, 0, D1, null));
    }
}
