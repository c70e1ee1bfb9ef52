package org.uptake.gui.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.TestServices;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.adoption.RateComparison;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.compare.ComparePane;
import org.uptake.gui.compare.CompareViewModel;
import org.uptake.gui.compare.ComparedFigures;
import org.uptake.services.WorkspaceServices;

/** The Adoption screen's "Compare to" and cross-breakdown tabs on the sample, wired as the app wires them. */
class CompareAndCrossScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void comparesWindowsAndDrillsFromACellToItsPeople(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        WorkspaceServices s = TestServices.asTheAppBuildsIt(workspace);
        AdoptionViewModel model = new AdoptionViewModel(s.adoption(), executor, notifier, feature, ExportTo.folder(temp), s.clusterFigures(),
                s.featureVersions());
        AdoptionView[] view = new AdoptionView[1];
        show(robot, () -> {
            view[0] = new AdoptionView(model);
            view[0].addTab("Compare to", new ComparePane(new CompareViewModel((key, from, to, other) -> ComparedFigures.of(
                    s.periods().compare(key, ComparedPeriods.of(from, to, other, s.adoption().lastDay()),
                            AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS)), executor, notifier, feature)));
            view[0].addCrossBreakdown(new CrossBreakdownViewModel(s.crossTabulation(), executor, notifier, feature, model.fromProperty(),
                    model.toProperty()));
            return view[0];
        });
        selectTab(robot, view[0], "Compare to");
        robot.interact(() -> robot.lookup("#" + ComparePane.COMPARE_BUTTON_ID).queryButton().fire());
        TableView<?> compared = robot.lookup("#" + ComparePane.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> compared.getItems().size() == 2 || !notifier.told().isEmpty());
        assertEquals(java.util.List.of(), notifier.told());
        RateComparison adoption = (RateComparison) compared.getItems().get(0);
        assertEquals("31.6% (610 of 1,930)", adoption.current().describe());

        selectTab(robot, view[0], "Cross breakdown");
        TableView<?> pivot = robot.lookup("#" + CrossBreakdownPane.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> pivot.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view[0].setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> smbOnPro = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "20.0% (123/615)".equals(c.getText()))
                .queryAs(TableCell.class);
        robot.doubleClickOn(smbOnPro);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + PeopleWindow.TABLE_ID).tryQuery().isPresent());
        assertEquals(615, robot.lookup("#" + PeopleWindow.TABLE_ID).queryTableView().getItems().size());
    }

    /** Selects the screen's tab with this title and scrolls it into view, as a reader would. */
    private static void selectTab(FxRobot robot, AdoptionView view, String title) {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
            view.setVvalue(1.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
