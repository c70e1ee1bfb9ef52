package org.uptake.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.adoption.FunnelReport;

/** The wheel over a chart scrolls the page it sits on and leaves the chart's axes where they were. */
@ExtendWith(ApplicationExtension.class)
class WheelScrollsThePageTest {

    private ScrollPane page;
    private ChartViewer viewer;

    @Start
    void start(Stage stage) {
        FunnelReport funnel = new FunnelReport("dash", FunnelReport.Breakdown.parse("platform"), 7, List.of(
                new FunnelReport.Group("web", List.of(new FunnelReport.Step("open", 10, 1), new FunnelReport.Step("save", 5, 0.5)))));
        viewer = PageChart.of(FunnelChart.create(funnel));
        viewer.setPrefSize(500, 300);
        Region above = new Region();
        above.setPrefHeight(200);
        Region below = new Region();
        below.setPrefHeight(1500);
        page = new ScrollPane(new VBox(above, viewer, below));
        stage.setScene(new Scene(page, 600, 500));
        stage.show();
    }

    @Test
    void theWheelOverTheFunnelScrollsThePage(FxRobot robot) {
        Range before = viewer.getChart().getCategoryPlot().getRangeAxis().getRange();
        robot.interact(() -> Event.fireEvent(viewer.getCanvas(), new ScrollEvent(ScrollEvent.SCROLL, 250, 150, 250, 150,
                false, false, false, false, false, false, 0, -120, 0, -3, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0, new PickResult(viewer.getCanvas(), 250, 150))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getVvalue() > 0, "the page scrolled");
        assertEquals(before, viewer.getChart().getCategoryPlot().getRangeAxis().getRange());
    }
}
