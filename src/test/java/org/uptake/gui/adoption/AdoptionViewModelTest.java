package org.uptake.gui.adoption;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionSummary;
import org.uptake.adoption.NonAdopter;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * The Adoption screen's view model without a stage, on six people: p1 (team) and p4 (solo) pin a
 * note after launch, p2 (team) opens the editor and leaves, p3 (team) and p5 (solo) only browse, p6
 * (team) was last seen before launch. Active since launch: p1–p5; the target segment is "team".
 */
class AdoptionViewModelTest {

    static final String FEATURES = """
            [{"key":"pinned-notes","name":"Pinned notes","launchedAt":"2026-04-01","targetSegments":["team"],
              "adoption":{"event":"note_pinned","target":0.5,"withinDays":10},"funnel":["note_opened","note_pinned"]}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role
            p1,team,paid,owner
            p2,team,paid,member
            p3,team,free,member
            p4,solo,free,owner
            p5,solo,paid,owner
            p6,team,free,member
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform
            p6,2026-03-20T08:00:00Z,page,web
            p1,2026-04-02T08:00:00Z,note_opened,web
            p1,2026-04-02T08:01:00Z,note_pinned,web
            p2,2026-04-03T08:00:00Z,note_opened,mac
            p2,2026-04-05T08:00:00Z,page,mac
            p4,2026-04-04T08:00:00Z,note_pinned,web
            p3,2026-04-05T08:00:00Z,page,web
            p5,2026-04-06T08:00:00Z,page,web
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"people.csv", PEOPLE},
                new String[] {"events.csv", EVENTS})) {
            Path path = Files.writeString(temp.resolve(file[0]), file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private AdoptionViewModel viewModel(ExportTo target) {
        WorkspaceServices services = TestServices.of(workspace);
        return new AdoptionViewModel(services.adoption(), new SynchronousTaskExecutor(), notifier, feature, target, services.clusterFigures(),
                services.featureVersions());
    }

    @Test
    void choosingTheFeatureComputesItsAdoptionAndTheDatesNarrowIt() {
        AdoptionViewModel vm = viewModel(ExportTo.cancel());
        assertNull(vm.resultProperty().get());
        feature.set(new FeatureQueries(workspace).list().get(0));

        AdoptionSummary s = vm.resultProperty().get().summary();
        assertEquals(List.of(5, 2, 3, 1), List.of(s.activePeople(), s.adopters(), s.targetAudience().activePeople(),
                s.targetAudience().adopters()));
        assertEquals(1, s.abandoned());
        assertEquals(List.of("note_opened", "note_pinned"), vm.funnelSteps());
        assertEquals(List.of("p2", "p3"), vm.resultProperty().get().shouldBeUsing().stream().map(NonAdopter::userId).sorted().toList());
        assertEquals("", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());

        vm.toProperty().set(LocalDate.of(2026, 4, 3));
        s = vm.resultProperty().get().summary();
        assertEquals(List.of(2, 1), List.of(s.activePeople(), s.adopters()), "up to 3 April: p1 adopted, p2 only opened the editor");
        assertEquals(List.of(), notifier.told());
    }

    @Test
    void withoutAFeatureTheScreenSaysWhatToImport() {
        AdoptionViewModel vm = viewModel(ExportTo.cancel());
        vm.refresh();
        assertNull(vm.resultProperty().get());
        assertEquals("No feature to show: import a features.json that defines one.", vm.messageProperty().get());
        assertEquals(List.of(), vm.funnelSteps());
    }

    @Test
    void theShouldBeUsingListIsExportedWhereTheAnalystSaid() throws Exception {
        ExportTo target = ExportTo.folder(temp);
        AdoptionViewModel vm = viewModel(target);
        vm.exportShouldBeUsing();
        assertEquals(List.of(), target.asked(), "nothing computed, nothing to export");

        feature.set(new FeatureQueries(workspace).list().get(0));
        vm.exportShouldBeUsing();

        assertEquals(List.of("Export the people who should be using it | should-be-using.csv | *.csv"), target.asked());
        assertEquals(List.of("Exported: 2 people written to " + temp.resolve("should-be-using.csv") + "."), notifier.told());
        List<String> lines = Files.readAllLines(temp.resolve("should-be-using.csv"));
        assertEquals("user_id,segment,plan,role,account_id,active_days,events", lines.get(0));
        assertEquals(List.of("p2,team,paid,member,,2,2", "p3,team,free,member,,1,1"), lines.subList(1, lines.size()).stream().sorted().toList());
    }

    @Test
    void aCancelledExportWritesNothing() {
        AdoptionViewModel vm = viewModel(ExportTo.cancel());
        feature.set(new FeatureQueries(workspace).list().get(0));
        vm.exportPeople("the people who abandoned", List.of());
        vm.exportShouldBeUsing();
        assertEquals(List.of(), notifier.told());
    }
}
