package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * Several features' struggles from one read of the events are each feature's own: three features with their own
 * windows (one launched mid-window, one before the data starts), event names that are one feature's own and
 * another's legacy, and people who struggle with one feature but not the other.
 */
public class SharedEventReadTest {

    public static final String FEATURES = """
            [{"key":"widgets","name":"Widgets","launchedAt":"2026-03-02","problem":"People cannot arrange widgets on their dashboard",
              "adoption":{"event":"save","target":0.25,"withinDays":30},"funnel":["open","move","save"],"revertEvent":"reset",
              "legacyEvents":["filter"],"targetSegments":["smb"]},
             {"key":"layouts","name":"Layouts","launchedAt":"2026-03-06","problem":"Pages cannot be laid out",
              "adoption":{"event":"publish","target":0.5,"withinDays":14},"funnel":["design","publish"],"legacyEvents":["export"]},
             {"key":"filters","name":"Filters","launchedAt":"2025-12-01","problem":"Lists are too long",
              "adoption":{"event":"filter","target":0.5,"withinDays":14},"funnel":["filter"]}]
            """;
    static final String EVENTS = StruggleAnalysisTest.EVENTS + """
            rage,2026-03-06T10:00:00.000Z,design,web,s-lay,,
            rage,2026-03-06T10:00:05.000Z,click,web,s-lay,canvas,"{""x"":5,""y"":5}"
            rage,2026-03-06T10:00:05.300Z,click,web,s-lay,canvas,"{""x"":6,""y"":5}"
            rage,2026-03-06T10:00:05.600Z,click,web,s-lay,canvas,"{""x"":7,""y"":5}"
            outside,2026-03-05T10:00:00.000Z,design,web,s-early,,
            outside,2026-03-05T10:00:02.000Z,undo,web,s-early,,
            outside,2026-03-05T10:00:04.000Z,redo,web,s-early,,
            outside,2026-03-05T10:00:06.000Z,undo,web,s-early,,
            outside,2026-03-05T10:00:08.000Z,redo,web,s-early,,
            spread,2026-03-07T10:00:00.000Z,design,web,s-lay2,,
            spread,2026-03-07T10:00:02.000Z,undo,web,s-lay2,,
            spread,2026-03-07T10:00:04.000Z,redo,web,s-lay2,,
            spread,2026-03-07T10:00:06.000Z,undo,web,s-lay2,,
            spread,2026-03-07T10:00:08.000Z,redo,web,s-lay2,,
            old,2026-03-08T10:00:00.000Z,export,web,s-ex1,,
            old,2026-03-09T10:00:00.000Z,export,web,s-ex2,,
            broken,2026-03-08T10:00:00.000Z,design,web,s-lay3,,
            broken,2026-03-08T10:00:30.000Z,publish,web,s-lay3,,"{""widgets_rendered"":1,""widgets_expected"":3}"
            oldonce,2026-03-10T10:00:00.000Z,filter,web,s-f1,,
            oldonce,2026-03-10T10:00:01.000Z,list_error,web,s-f1,,"{""error"":""Timeout""}"
            """;
    public static final List<String> KEYS = List.of("widgets", "layouts", "filters");
    public static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    @TempDir
    Path temp;

    private Workspace workspace;
    private StruggleAnalysis struggles;

    public static final LocalDate TO = StruggleAnalysisTest.LAST;

    /** The three features' workspace, imported from files written into {@code temp}. */
    public static Workspace fixture(Path temp) throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", StruggleAnalysisTest.PEOPLE},
                new String[] {"events.csv", EVENTS}, new String[] {"tickets.csv", StruggleAnalysisTest.TICKETS})) {
            importText(workspace, temp, file[0], file[1]);
        }
        return workspace;
    }

    /** Imports {@code text} as the file {@code name}. */
    public static void importText(Workspace workspace, Path temp, String name, String text) throws Exception {
        Importer importer = new Importer(workspace);
        Path path = temp.resolve(name);
        Files.writeString(path, text);
        importer.importFile(importer.plan(path), Progress.NONE);
    }

    @BeforeEach
    void build() throws Exception {
        workspace = fixture(temp);
        struggles = TestServices.of(workspace).struggles();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void eachFeaturesStrugglingPeopleAreThoseOfItsOwnDetection() {
        Map<String, List<StrugglingPerson>> shared = struggles.strugglingEach(KEYS, FROM, TO);

        assertEquals(KEYS, List.copyOf(shared.keySet()), "in the order asked");
        Map<String, List<String>> who = new LinkedHashMap<>();
        shared.forEach((k, list) -> who.put(k, list.stream().map(s -> s.person().userId()).toList()));
        assertEquals(Map.of("widgets", List.of("ticketer", "broken", "undofew", "farmiss", "nocoord", "rage", "undo"), "layouts", List.of("rage", "spread", "broken"),
                "filters", List.of("oldonce")), who);
        for (String key : KEYS) {
            assertEquals(struggles.struggling(key, FROM, TO), shared.get(key), key);
        }
    }

    @Test
    void eachFeaturesAnalysisIsItsOwnAnalysis() {
        Map<String, StruggleReport> shared = struggles.analyzeEach(KEYS, FROM, TO, Progress.NONE);

        for (String key : KEYS) {
            assertEquals(struggles.analyze(key, FROM, TO, Progress.NONE), shared.get(key), key);
        }
        // Outside's undo loop came a day before Layouts launched: not in Layouts' window, though in the read.
        assertEquals(List.of(), shared.get("layouts").signals().stream().filter(s -> s.userId().equals("outside")).toList());
    }

    @Test
    void windowsReadTogetherAreEachWindowsOwn() {
        // The watch's shape: two reported periods that split a detected one, and features each window holds differently
        // (Layouts launched inside the first period; the earlier period ends before it).
        LocalDate split = LocalDate.of(2026, 3, 6);
        StruggleAnalysis.Window before = new StruggleAnalysis.Window(List.of("widgets", "filters"), FROM, split.minusDays(1));
        StruggleAnalysis.Window now = new StruggleAnalysis.Window(KEYS, split, TO);
        StruggleAnalysis.Window rolling = new StruggleAnalysis.Window(KEYS, FROM, TO);

        StruggleAnalysis.Windows together = struggles.analyzeWindows(List.of(now, before), List.of(rolling), Progress.NONE);

        assertEquals(List.of(KEYS, List.of("widgets", "filters")), together.reports().stream().map(m -> List.copyOf(m.keySet())).toList());
        for (String key : KEYS) {
            assertEquals(struggles.analyze(key, split, TO, Progress.NONE), together.reports().get(0).get(key), key + " now");
        }
        for (String key : before.features()) {
            assertEquals(struggles.analyze(key, FROM, split.minusDays(1), Progress.NONE), together.reports().get(1).get(key), key + " before");
        }
        Map<String, StruggleDetection> alone = struggles.detectionEach(KEYS, FROM, TO);
        assertEquals(alone, together.detections().get(0));
        assertEquals(List.of("ticketer", "broken", "undofew", "farmiss", "nocoord", "rage", "undo"),
                together.detections().get(0).get("widgets").struggling().stream().map(p -> p.person().userId()).toList());
        // The detected window is remembered as detectionEach's own: asking again gives the very same answer.
        assertEquals(true, alone == struggles.detectionEach(KEYS, FROM, TO) && together.detections().get(0) == alone,
                "one detection of the rolling window, shared with the book of business");
    }

    @Test
    void adoptionSummedUpInTheWindowsPassIsEachFeaturesOwn() {
        // The watch's one pass: the struggle periods and every feature's adoption since launch, including a feature
        // that has no struggle window (Filters here), in the order asked.
        LocalDate split = LocalDate.of(2026, 3, 6);
        StruggleAnalysis.Window now = new StruggleAnalysis.Window(List.of("widgets", "layouts"), split, TO);
        StruggleAnalysis.Window rolling = new StruggleAnalysis.Window(List.of("widgets", "layouts"), FROM, TO);
        List<String> summed = List.of("layouts", "filters", "widgets");

        StruggleAnalysis.Windows together = struggles.analyzeWindows(List.of(now), List.of(rolling), summed, TO, Progress.NONE);

        org.uptake.adoption.AdoptionAnalysis alone = TestServices.of(workspace).adoption();
        assertEquals(summed, List.copyOf(together.adoption().keySet()));
        for (String key : summed) {
            assertEquals(alone.summary(key, null, TO), together.adoption().get(key), key);
        }
        for (String key : now.features()) {
            assertEquals(struggles.analyze(key, split, TO, Progress.NONE), together.reports().get(0).get(key), key + " now");
        }
        assertEquals(struggles.detectionEach(now.features(), FROM, TO), together.detections().get(0));
        assertEquals(Map.of(), struggles.analyzeWindows(List.of(now), List.of(), Progress.NONE).adoption(), "none asked, none summed");
    }

    @Test
    void aFeatureWithAsManyWindowsAsAPassTakesHasItsSummaryReadApart() {
        org.uptake.adoption.AdoptionAnalysis adoption = TestServices.of(workspace).adoption();
        List<LocalDate[]> windows = new java.util.ArrayList<>();
        for (int i = 0; i < Integer.SIZE - 1; i++) {
            windows.add(new LocalDate[] {FROM.plusDays(i % 5), TO});
        }
        List<Integer> sizes = new java.util.ArrayList<>();
        Map<String, org.uptake.adoption.AdoptionSummary> summed = adoption.participantsAcross(
                List.of(new org.uptake.adoption.AdoptionAnalysis.FeatureWindows("widgets", windows)), List.of("widgets"), TO,
                (key, each) -> sizes.add(each.size()));
        assertEquals(List.of(Integer.SIZE - 1), sizes, "every window's participants, once");
        assertEquals(adoption.summary("widgets", null, TO), summed.get("widgets"));
    }

    @Test
    void everyFeaturesAdoptionSinceLaunchReadTogetherIsEachFeaturesOwn() {
        // Asked together first (nothing remembered yet, so one read serves all three), then each alone.
        Map<String, org.uptake.adoption.AdoptionSummary> together = TestServices.of(workspace).adoption().summaryEach(KEYS, TO);
        Map<String, org.uptake.adoption.AdoptionSummary> lastDay = TestServices.of(workspace).adoption().summaryEach(KEYS, null);
        org.uptake.adoption.AdoptionAnalysis alone = TestServices.of(workspace).adoption();
        assertEquals(KEYS, List.copyOf(together.keySet()));
        for (String key : KEYS) {
            assertEquals(alone.summary(key, null, TO), together.get(key), key);
            assertEquals(alone.summary(key, null, null), lastDay.get(key), key + " to the last event");
        }
        // Filters launched before the data starts; Layouts mid-window: each counts from its own launch.
        assertEquals(List.of(true, true, true), KEYS.stream().map(k -> together.get(k).activePeople() > 0).toList());
    }

    @Test
    void aFeaturesWindowsReadTogetherHaveEachWindowsParticipants() {
        org.uptake.adoption.AdoptionAnalysis adoption = TestServices.of(workspace).adoption();
        LocalDate split = LocalDate.of(2026, 3, 6);
        List<LocalDate[]> windows = List.of(new LocalDate[] {split, TO}, new LocalDate[] {FROM, split.minusDays(1)}, new LocalDate[] {FROM, TO});
        // Every feature's windows from one pass, as the watch reads them.
        Map<String, List<org.uptake.adoption.FeatureParticipants>> read = new java.util.LinkedHashMap<>();
        adoption.participantsAcross(KEYS.stream().map(k -> new org.uptake.adoption.AdoptionAnalysis.FeatureWindows(k, windows)).toList(),
                read::put);
        assertEquals(KEYS, List.copyOf(read.keySet()));
        for (String key : KEYS) {
            List<org.uptake.adoption.FeatureParticipants> together = read.get(key);
            for (int i = 0; i < windows.size(); i++) {
                assertEquals(adoption.participants(key, windows.get(i)[0], windows.get(i)[1]), together.get(i), key + " window " + i);
            }
        }
        // Someone active only in the later days is a participant of that window and the whole, not of the earlier days.
        List<org.uptake.adoption.FeatureParticipants> layouts = read.get("layouts");
        assertEquals(List.of(true, false, true), layouts.stream().map(p -> p.active().stream().anyMatch(x -> x.userId().equals("spread"))).toList());
    }
}
