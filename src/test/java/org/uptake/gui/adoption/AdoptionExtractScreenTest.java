package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.TestServices;
import org.uptake.extract.HandBuiltExtract;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/** The Adoption screen on a sampled Spark extract: the exact blocks say so, the sample's blocks carry its size. */
class AdoptionExtractScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void theClustersExactBlocksAndTheSamplesLabelsAreOnTheScreen(FxRobot robot) throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        WorkspaceServices services = TestServices.asTheAppBuildsIt(workspace);
        services.importer().importFolder(HandBuiltExtract.full(temp), Progress.NONE);
        feature.set(featureOf("bulk-edit"));
        AdoptionViewModel viewModel = new AdoptionViewModel(services.adoption(), executor, notifier, feature, ExportTo.cancel(),
                services.clusterFigures(), services.featureVersions());
        show(robot, () -> new AdoptionView(viewModel));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Counted exactly on the cluster.".equals(text(robot, AdoptionView.BREAKDOWN_SOURCE_ID)));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> breakdowns = robot.lookup("#" + AdoptionView.BREAKDOWN_TABLE_ID).queryTableView();
        assertEquals(List.of("segment|(none)|2|1|50.0%", "segment|smb|5|2|40.0%"), breakdowns.getItems().stream()
                .map(r -> String.join("|", (String[]) r)).filter(r -> r.startsWith("segment")).toList());
        assertEquals("Funnel steps counted exactly on the cluster (7-day window): bulk_opened 4 → bulk_saved 3 (75.0%) · abandoned 1"
                + " (14.3% of active people). The chart is from a sample of 2 people (20.0%).", text(robot, AdoptionView.FUNNEL_SOURCE_ID));
        assertEquals("0.5 days", tileValue(robot, "#tile-time-to-first-use"));
        assertEquals("1", tileValue(robot, "#tile-abandoned"));
        // The Depth tab's content joins the window when the tab is first opened (below the fold here: selected, not clicked).
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Depth")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("From a sample of 2 people (20.0%): power users 0 of 1 sampled adopters: 0.0% (95% interval 0.0%–75.4%).",
                text(robot, AdoptionView.DEPTH_SOURCE_ID));
        assertEquals(List.of(), notifier.told());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }
}
