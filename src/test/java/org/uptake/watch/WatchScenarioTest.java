package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceSettings;

/** The scenario fed one day at a time into an inbox, the rules run after each day. */
class WatchScenarioTest {

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Watch watch;
    /** Alerts raised per data day, as "rule:feature[:detail]". */
    static final Map<LocalDate, List<String>> RAISED = new LinkedHashMap<>();
    static final List<WatchRun> RUNS = new ArrayList<>();

    @BeforeAll
    static void feedDayByDay() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Path inbox = temp.resolve("inbox");
        Files.createDirectories(inbox);
        WatchSettings.DEFAULTS.withInboxes(List.of(inbox.toString())).save(workspace.settings());
        watch = WatchWiring.watch(workspace, List.of(new DigestMarkdown()));
        for (int i = 0; i < WatchScenario.DAYS; i++) {
            WatchScenario.writeDay(inbox, i);
            watch.look();
            WatchRun run = watch.refresh(false, Progress.NONE);
            RUNS.add(run);
            RAISED.put(WatchScenario.day(i), run.raised().stream().map(a -> a.rule() + ":" + a.feature()).toList());
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void everyDayIsImportedAndEvaluatedOnItsOwnDataDay() {
        for (int i = 0; i < WatchScenario.DAYS; i++) {
            assertEquals(WatchScenario.day(i), RUNS.get(i).asOf(), "day " + i);
            assertTrue(RUNS.get(i).files().stream().allMatch(InboxFile::imported), RUNS.get(i).files().toString());
        }
    }

    @Test
    void theMobileStruggleFiresOnTheFirstDayItIsSignificantNotBefore() {
        LocalDate first = firstDay("struggle-cluster:board");
        assertEquals(WatchScenario.day(WatchScenario.MOBILE_BREAKS), first, RAISED.toString());
        Alert mobile = watch.alerts().all().stream().filter(a -> a.rule().equals("struggle-cluster")).findFirst().orElseThrow();
        assertTrue(mobile.headline().contains("obile"), mobile.headline());
        // One alert per feature, naming the period its shares come from and how many groups it leads.
        assertTrue(mobile.headline().startsWith("Planning board, in the last 14 data days: People trying it on mobile"), mobile.headline());
        assertEquals("1", String.valueOf(mobile.figures().get("groups")), mobile.figures().toString());
    }

    @Test
    void theDropInUseFiresWhenItBecomesMeasurable() {
        assertEquals(WatchScenario.day(WatchScenario.VIEWS_DROP + 4), firstDay("use-decline:views"), RAISED.toString());
    }

    @Test
    void nothingElseFires() {
        List<String> expected = List.of("struggle-cluster:board", "struggle-share:board", "use-decline:views");
        List<String> other = RAISED.values().stream().flatMap(List::stream).filter(a -> !expected.contains(a)).toList();
        assertEquals(List.of(), other);
        // The false-alert rate: alerts raised on days without a planted change, over every rule check of those days.
        long quietChecks = 0;
        long falseAlerts = 0;
        for (int i = 0; i < WatchScenario.DAYS; i++) {
            LocalDate day = WatchScenario.day(i);
            boolean boardQuiet = i < WatchScenario.MOBILE_BREAKS;
            boolean viewsQuiet = i < WatchScenario.VIEWS_DROP;
            quietChecks += AlertRules.standard().size() * ((i >= WatchScenario.BOARD_LAUNCH && boardQuiet ? 1 : 0) + (viewsQuiet ? 1 : 0) + 1);
            falseAlerts += RAISED.get(day).stream().filter(a -> !expected.contains(a)
                    || a.endsWith(":board") && boardQuiet || a.endsWith(":views") && viewsQuiet).count();
        }
        System.out.printf("False-alert rate: %d of %d rule checks on quiet days%n", falseAlerts, quietChecks);
        assertEquals(0, falseAlerts);
    }

    @Test
    void eachConditionIsOneAlertUntilItClears() {
        assertEquals(1, RAISED.values().stream().flatMap(List::stream).filter("struggle-cluster:board"::equals).count());
        assertEquals(1, RAISED.values().stream().flatMap(List::stream).filter("use-decline:views"::equals).count());
    }

    private static LocalDate firstDay(String alert) {
        return RAISED.entrySet().stream().filter(e -> e.getValue().contains(alert)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
