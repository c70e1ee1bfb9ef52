package org.uptake.gui.struggle;

import org.uptake.TestServices;
import org.uptake.services.WorkspaceServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.ingest.Importer;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.model.SignalKind;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StrugglingPerson;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * The Struggles screen's view model without a stage, on four people trying a board editor: "clicky"
 * rage-clicks a card, "undoer" loops through undo/redo, "crashed" saves a broken board and resets it
 * (a defect), "calm" saves without trouble.
 */
class StrugglesViewModelTest {

    static final String FEATURES = """
            [{"key":"boards","name":"Boards","launchedAt":"2026-05-04",
              "adoption":{"event":"board_saved","target":0.5,"withinDays":20},"funnel":["board_opened","board_saved"],
              "revertEvent":"board_reset"}]
            """;
    static final String PEOPLE = """
            user_id,segment,plan,role
            clicky,team,paid,member
            undoer,team,paid,member
            crashed,team,free,owner
            calm,solo,free,owner
            """;
    static final String EVENTS = """
            user_id,timestamp,event,platform,session_id,target,properties
            clicky,2026-05-05T09:00:00.000Z,board_opened,web,c1,,
            clicky,2026-05-05T09:00:03.000Z,click,web,c1,card,
            clicky,2026-05-05T09:00:03.200Z,click,web,c1,card,
            clicky,2026-05-05T09:00:03.400Z,click,web,c1,card,
            undoer,2026-05-05T10:00:00.000Z,board_opened,web,u1,,
            undoer,2026-05-05T10:00:05.000Z,undo,web,u1,,
            undoer,2026-05-05T10:00:10.000Z,redo,web,u1,,
            undoer,2026-05-05T10:00:15.000Z,undo,web,u1,,
            undoer,2026-05-05T10:00:20.000Z,redo,web,u1,,
            crashed,2026-05-05T11:00:00.000Z,board_opened,web,x1,,
            crashed,2026-05-05T11:00:30.000Z,board_saved,web,x1,,
            crashed,2026-05-05T11:00:31.000Z,board_render_error,web,x1,,"{""error"":""BoardRenderError""}"
            crashed,2026-05-05T12:00:00.000Z,board_reset,web,x2,,
            calm,2026-05-06T09:00:00.000Z,board_opened,web,k1,,
            calm,2026-05-06T09:00:30.000Z,board_saved,web,k1,,
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

    private StrugglesViewModel viewModel(ExportTo target) {
        WorkspaceServices services = TestServices.of(workspace);
        return new StrugglesViewModel(services.struggles(), services.adoption()::contacts, new SynchronousTaskExecutor(), notifier,
                feature, target, services.featureVersions());
    }

    @Test
    void theDefinitionTheFiguresComeFromIsNamedAndFollowsAnEdit() throws Exception {
        StrugglesViewModel model = viewModel(ExportTo.cancel());
        assertEquals("", model.definitionProperty().get(), "nothing shown, no definition named");
        feature.set(new FeatureQueries(workspace).list().get(0));
        org.uptake.workspace.FeatureVersions versions = new org.uptake.workspace.FeatureVersions(workspace);
        assertEquals(versions.latest("boards").orElseThrow().label(), model.definitionProperty().get());
        assertTrue(model.definitionProperty().get().startsWith("definition v1, "), model.definitionProperty().get());

        // The funnel loses its first step: version 2, named once the screen analyses again (Refresh).
        Path edited = Files.writeString(temp.resolve("features-2.json"), FEATURES.replace("\"funnel\":[\"board_opened\",\"board_saved\"]",
                "\"funnel\":[\"board_saved\"]"));
        new Importer(workspace).importFile(new Importer(workspace).plan(edited), Progress.NONE);
        assertTrue(model.definitionProperty().get().startsWith("definition v1, "), "still the figures of version 1");
        model.refresh();
        assertEquals(versions.latest("boards").orElseThrow().label(), model.definitionProperty().get());
        assertTrue(model.definitionProperty().get().startsWith("definition v2, "), model.definitionProperty().get());
    }

    private static List<String> ids(List<StrugglingPerson> people) {
        return people.stream().map(p -> p.person().userId()).sorted().toList();
    }

    @Test
    void theFeatureIsAnalysedAndTheSignalFilterNarrowsThePeopleWithoutRecomputing() {
        StrugglesViewModel vm = viewModel(ExportTo.cancel());
        feature.set(new FeatureQueries(workspace).list().get(0));

        assertEquals(List.of("clicky", "crashed", "undoer"), ids(vm.visiblePeople(null)));
        assertEquals("", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());
        var shown = vm.resultProperty().get();

        vm.kindsProperty().set(EnumSet.of(SignalKind.UNDO_LOOP));
        assertEquals(List.of("undoer"), ids(vm.visiblePeople(null)));
        vm.kindsProperty().set(EnumSet.of(SignalKind.RAGE_CLICKS, SignalKind.UNDO_LOOP));
        assertEquals(List.of("clicky", "undoer"), ids(vm.visiblePeople(null)));
        vm.refreshIfStale();
        assertTrue(shown == vm.resultProperty().get(), "the same feature is not analysed again");
        assertEquals(List.of(), notifier.told());
    }

    @Test
    void withoutAFeatureTheScreenSaysWhatToImportAndFilesNoBug() {
        ExportTo target = ExportTo.folder(temp);
        StrugglesViewModel vm = viewModel(target);
        vm.refresh();
        vm.fileBug();
        assertNull(vm.resultProperty().get());
        assertEquals("No feature to show: import a features.json that defines one.", vm.messageProperty().get());
        assertEquals(List.of(), vm.visiblePeople(null));
        assertEquals(List.of(), target.asked());
    }

    @Test
    void fileBugWritesTheDefectWhereTheAnalystSaid() throws Exception {
        ExportTo target = ExportTo.folder(temp);
        StrugglesViewModel vm = viewModel(target);
        feature.set(new FeatureQueries(workspace).list().get(0));
        vm.fileBug();

        Path file = temp.resolve("boards-bugs.md");
        assertEquals(List.of("File bug: save the suspected defects | boards-bugs.md | *.md *.csv *.json"), target.asked());
        assertEquals(List.of("Exported: 1 suspected defect written to " + file + "."), notifier.told());
        String markdown = Files.readString(file);
        assertTrue(markdown.contains("crashed") && markdown.contains("board_render_error"), markdown);
    }
}
