package org.uptake.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
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
    private TableView<String> third;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        first = new Label("first");
        second = new TableView<>();
        third = new TableView<>();
        // A table whose columns fill its width, with rows before its tab is first opened (the Bug suspects tab's).
        third.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String title : List.of("Person", "Defect?", "Why")) {
            TableColumn<String, String> c = new TableColumn<>(title);
            // The last column's text is wider than the table: fitted to its rows, it would take the others' room.
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(title.equals("Why") ? "reverted within 24 h of adopting; ".repeat(6)
                    : title + " of " + row.getValue()));
            third.getColumns().add(c);
        }
        third.getItems().setAll("u1", "u2");
        tabs = new TabPane(LazyTab.of("First", first), LazyTab.of("Second", second), LazyTab.of("Third", third));
        stage.setScene(new Scene(tabs, 600, 300));
        stage.show();
    }

    @Test
    void aTableThatFillsItsWidthKeepsEveryColumnVisible(FxRobot robot) {
        robot.clickOn("Third");
        WaitForAsyncUtils.waitForFxEvents();
        for (TableColumn<String, ?> c : third.getColumns()) {
            assertTrue(c.getWidth() >= 60, c.getText() + " is " + c.getWidth() + " wide of " + third.getWidth());
        }
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
