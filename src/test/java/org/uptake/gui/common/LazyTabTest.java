package org.uptake.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tab's content joins the window only once the tab is opened, and stays once it has. */
@ExtendWith(ApplicationExtension.class)
class LazyTabTest {

    private Label first;
    private TableView<String> second;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        first = new Label("first");
        second = new TableView<>();
        tabs = new TabPane(LazyTab.of("First", first), LazyTab.of("Second", second));
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void theHiddenTabsContentWaitsUntilOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(first, tabs.getTabs().get(0).getContent(), "the tab shown first has its content");
        assertNull(tabs.getTabs().get(1).getContent(), "not opened yet");
        assertNull(second.getScene(), "so not styled or laid out either");
        // Bound data reaches the table before it shows.
        robot.interact(() -> second.getItems().add("row"));

        robot.clickOn("Second");
        assertSame(second, tabs.getTabs().get(1).getContent());
        assertTrue(second.getScene() != null && second.isVisible(), "in the window once opened");
        assertEquals(1, second.getItems().size());

        robot.clickOn("First");
        robot.clickOn("Second");
        assertSame(second, tabs.getTabs().get(1).getContent(), "set once, kept");
    }
}
