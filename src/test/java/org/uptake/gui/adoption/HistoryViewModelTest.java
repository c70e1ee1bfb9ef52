package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.uptake.adoption.HandBuiltWorkspace;
import org.uptake.adoption.TargetHistoryTest;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/** The Adoption screen's targets-from-history and who-stays tabs without a stage, on {@link TargetHistoryTest}'s six people. */
class HistoryViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();
    private HistoryViewModel viewModel;

    @BeforeEach
    void build() throws Exception {
        workspace = HandBuiltWorkspace.of(temp, "features.json", TargetHistoryTest.FEATURES, "people.csv", TargetHistoryTest.PEOPLE,
                "events.csv", TargetHistoryTest.EVENTS);
        WorkspaceServices services = TestServices.of(workspace);
        viewModel = new HistoryViewModel(services.targets(), services.retention(), new SynchronousTaskExecutor(), notifier, feature);
        feature.set(new FeatureRef("delta", "Delta", LocalDate.of(2026, 3, 6)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFeaturesOwnTargetIsPlacedAndAProposedOneIsPlacedAgain() {
        // At 30 days the past launches reached 50% (alpha), 50% (beta) and 40% (gamma).
        assertEquals("40% is more ambitious than 0 of your 3 past launches at 30 days. Suggested: 50.0% (median) or 50.0%"
                + " (75th percentile) at 30 days.", viewModel.adviceProperty().get());
        viewModel.propose("60%");
        assertEquals("60% is more ambitious than 3 of your 3 past launches at 30 days. Suggested: 50.0% (median) or 50.0%"
                + " (75th percentile) at 30 days. No past launch reached 60% by day 30 (best 50.0%).", viewModel.adviceProperty().get());
        viewModel.propose("lots");
        assertEquals("'lots' is not a target: type a share such as 30% or 0.3.", viewModel.adviceProperty().get());
        assertEquals(0.6, viewModel.proposedProperty().get(), "a target not understood changes nothing");
        viewModel.propose("");
        assertEquals(null, viewModel.proposedProperty().get());
        assertEquals(List.of(), notifier.told());
    }

    @Test
    void thePastLaunchesTableLeavesCensoredDaysBlank() {
        List<String[]> rows = viewModel.curveRows();
        assertEquals(3, rows.size());
        assertArrayEquals(new String[] {"Alpha", "2026-01-05", "50% in 30 days", "50.0%", "50.0%", "50.0%", "66.7%", ""}, rows.get(0));
    }

    @Test
    void whoStaysShowsTheTriangleWithBlankUnfinishedWeeksAndStickiness() {
        // Delta launched Friday 6 March: p5 (7th) and p4 (10th) adopted in week 0; the week from the 13th is not over on the 16th.
        List<String[]> rows = viewModel.cohortRows();
        assertArrayEquals(new String[] {"2026-03-06", "2", "100%", ""}, rows.get(0));
        assertArrayEquals(new String[] {"2026-03-13", "0", ""}, rows.get(1));
        assertEquals("Stickiness (adopters using it that week ÷ adopters so far): 2026-03-06: 100%.", viewModel.stickinessProperty().get());
    }
}
