package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.adoption.ComparePeriodsTest;
import org.uptake.adoption.CrossBreakdown;
import org.uptake.adoption.PeopleQuery;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The cross breakdown's state on {@link ComparePeriodsTest}'s workspace: its pivot follows the attributes and the window. */
class CrossBreakdownViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private CrossBreakdownViewModel model;

    @BeforeEach
    void build() throws Exception {
        workspace = ComparePeriodsTest.workspace(temp);
        WorkspaceServices s = TestServices.of(workspace);
        model = new CrossBreakdownViewModel(s.crossTabulation(), new SynchronousTaskExecutor(), new RecordingNotifier(), feature, from, to);
        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void segmentByPlanFirstThenAnyPair() {
        CrossBreakdown x = model.resultProperty().get();
        assertEquals("segment", x.rowAttribute());
        assertEquals("2/3 smb on pro", x.cell("smb", "pro").adopters() + "/" + x.cell("smb", "pro").activePeople() + " smb on pro");
        assertEquals("66.7% (2/3)", CrossBreakdownPane.text(x, "smb", "pro"));
        assertEquals("75.0% (3/4)", CrossBreakdownPane.text(x, CrossBreakdownViewModel.ALL, "pro"));
        assertEquals("71.4% (5/7)", CrossBreakdownPane.text(x, CrossBreakdownViewModel.ALL, CrossBreakdownViewModel.ALL));
        assertEquals("—", CrossBreakdownPane.text(x, "(none)", "pro"));
        model.rowsProperty().set("role");
        assertEquals(List.of("admin", "viewer"), model.resultProperty().get().rows());
    }

    @Test
    void theWindowNarrowsThePivot() {
        // From Feb 15: p6 was not active; everyone else was.
        from.set(LocalDate.of(2026, 2, 15));
        assertEquals(6, model.resultProperty().get().activePeople());
    }

    @Test
    void oneAttributeTwiceShowsNoPivot() {
        model.columnsProperty().set("segment");
        assertEquals(null, model.resultProperty().get());
    }

    @Test
    void cellsAndTotalsOpenTheirPeople() {
        assertEquals(PeopleQuery.cell("segment", "smb", "plan", "pro"), model.peopleOf("smb", "pro"));
        assertEquals(PeopleQuery.breakdown("segment", "smb"), model.peopleOf("smb", CrossBreakdownViewModel.ALL));
        assertEquals(PeopleQuery.breakdown("plan", "pro"), model.peopleOf(CrossBreakdownViewModel.ALL, "pro"));
        assertEquals(PeopleQuery.of(PeopleQuery.Kind.ACTIVE), model.peopleOf(CrossBreakdownViewModel.ALL, CrossBreakdownViewModel.ALL));
    }
}
