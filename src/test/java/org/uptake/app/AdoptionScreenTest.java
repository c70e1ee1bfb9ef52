package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.TimelineEvent;
import org.uptake.gui.adoption.AdoptionView;
import org.uptake.gui.adoption.PeopleWindow;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.shell.Screen;

/** The Adoption screen on the sample workspace: tiles, breakdowns, the funnel breakdown and the feature picker drive it. */
class AdoptionScreenTest extends SampleScreenTest {

    @Start
    void start(Stage stage) {
        showWindow(stage);
    }



    @Test
    void theScreenShowsTheSamplesAdoptionAndFollowsThePickers(FxRobot robot) throws Exception {
        openSample(robot, "Sample", "dashboard-customization", Screen.ADOPTION);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "32.6%".equals(tileValue(robot, "#tile-adoption")));
        // The tiles are set first in the same FX update that then draws the charts and fills the tables.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("222", tileValue(robot, "#tile-abandoned"));
        assertEquals("3", tileValue(robot, "#tile-reverted"));
        TableView<?> breakdowns = robot.lookup("#" + AdoptionView.BREAKDOWN_TABLE_ID).queryTableView();
        List<String> rows = breakdowns.getItems().stream().map(r -> String.join("|", (String[]) r)).toList();
        assertTrue(rows.contains("segment|enterprise|731|380|52.0%"), rows.toString());
        TableView<?> shouldBeUsing = robot.lookup("#" + AdoptionView.SHOULD_BE_USING_ID).queryTableView();
        assertTrue(shouldBeUsing.getItems().size() > 100, "active non-adopters in enterprise and SMB");

        robot.clickOn("#tile-abandoned");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + PeopleWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> people = robot.lookup("#" + PeopleWindow.TABLE_ID).queryTableView();
        assertEquals(222, people.getItems().size());
        robot.interact(() -> robot.lookup("#" + PeopleWindow.FILTER_ID).queryAs(javafx.scene.control.TextField.class).setText("enterprise"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(people.getItems().size() < 222 && !people.getItems().isEmpty(), "filtered to one segment");
        robot.doubleClickOn(robot.lookup("#" + PeopleWindow.TABLE_ID + " .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> timeline = robot.lookup("#" + TimelineWindow.TABLE_ID).queryTableView();
        assertTrue(timeline.getItems().stream().anyMatch(e -> ((TimelineEvent) e).event().equals("dashboard_edit_opened")),
                "an abandoner's timeline holds their edit attempt");
        closeOwnedWindows(robot);

        ComboBox<FunnelReport.Breakdown> by = robot.lookup("#" + AdoptionView.BREAKDOWN_ID).queryComboBox();
        robot.interact(() -> by.setValue(FunnelReport.Breakdown.PLATFORM));
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "scheduled-exports");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "14.5%".equals(tileValue(robot, "#tile-adoption")));
    }

}
