package org.uptake.gui.compare;

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
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.ComparePeriodsTest;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.adoption.RateComparison;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The "Compare to" pane's state on {@link ComparePeriodsTest}'s workspace, wired as the Adoption screen wires it. */
class CompareViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private CompareViewModel model;

    @BeforeEach
    void build() throws Exception {
        workspace = ComparePeriodsTest.workspace(temp);
        WorkspaceServices s = TestServices.of(workspace);
        model = new CompareViewModel((key, from, to, other) -> ComparedFigures.of(s.periods().compare(key,
                ComparedPeriods.of(from, to, other, s.adoption().lastDay()), AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS)),
                new SynchronousTaskExecutor(), notifier, feature);
        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void comparesTheLastFourteenDaysWithThePreviousByDefault() {
        model.compare();
        ComparedFigures shown = model.resultProperty().get();
        assertEquals("2026-02-15..2026-02-28", shown.current().toString());
        assertEquals("2026-02-01..2026-02-14", shown.other().toString());
        assertEquals(List.of("adoption", "funnel conversion"), shown.figures().stream().map(RateComparison::name).toList());
        assertEquals(new RateComparison.Rate(2, 6, 2 / 6.0), shown.figures().get(0).other());
    }

    @Test
    void comparesToTheDaysPicked() {
        model.previousProperty().set(false);
        model.otherFromProperty().set(LocalDate.of(2026, 2, 1));
        model.otherToProperty().set(LocalDate.of(2026, 2, 7));
        model.compare();
        // Feb 1–7: active p1 p2 p5, export_done by p1 and p5.
        assertEquals(new RateComparison.Rate(2, 3, 2 / 3.0), model.resultProperty().get().figures().get(0).other());
    }

    @Test
    void aWindowWithoutItsDaysSaysWhatIsMissingAndComputesNothing() {
        model.previousProperty().set(false);
        model.otherFromProperty().set(LocalDate.of(2026, 2, 1));
        model.compare();
        assertEquals("Pick the first and last day of the window to compare to.", model.messageProperty().get());
        assertEquals(null, model.resultProperty().get());
        model.otherToProperty().set(LocalDate.of(2026, 1, 1));
        model.compare();
        assertEquals("The window to compare to ends before it starts.", model.messageProperty().get());
    }

    @Test
    void anotherFeatureClearsTheComparison() {
        model.compare();
        feature.set(null);
        assertEquals(null, model.resultProperty().get());
        assertEquals(List.of(), notifier.told());
    }
}
