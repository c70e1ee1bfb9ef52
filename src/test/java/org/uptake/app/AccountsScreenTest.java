package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.account.AccountHealth;
import org.uptake.account.AccountPage;
import org.uptake.gui.account.AccountsView;
import org.uptake.gui.adoption.TimelineWindow;
import org.uptake.gui.shell.Screen;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.Outreach;
import org.uptake.struggle.StruggleAnalysis;

/** The Accounts screen on the sample: book of business → account page → a person's timeline → Plan a play → the review queue. */
class AccountsScreenTest extends SampleScreenTest {

    @Start
    void start(Stage stage) {
        showWindow(stage);
    }

    @Test
    void fromTheBookToAPlayInTheReviewQueue(FxRobot robot) throws Exception {
        openSample(robot, "Sample", "dashboard-customization", Screen.ACCOUNTS);
        TableView<AccountHealth> book = robot.lookup("#" + AccountsView.BOOK_ID).queryTableView();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> book.getItems().size() > 400);
        // The planted account with the most ARR at risk leads the book.
        assertEquals("acc_00423", book.getItems().get(0).accountId());
        robot.interact(() -> book.getSelectionModel().select(0));
        Label header = robot.lookup("#" + AccountsView.HEADER_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> header.getText().startsWith("Sable Clinics (acc_00423)"));
        TableView<AccountPage.Person> people = robot.lookup("#" + AccountsView.PEOPLE_ID).queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, people.getItems().size());

        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> first = robot.lookup("#" + AccountsView.PEOPLE_ID + " .table-row-cell").queryAs(TableRow.class);
        robot.doubleClickOn(first);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#" + TimelineWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> timeline = robot.lookup("#" + TimelineWindow.TABLE_ID).queryTableView();
        assertTrue(!timeline.getItems().isEmpty(), "the person's events");
        closeOwnedWindows(robot);

        robot.clickOn("#" + AccountsView.PLAN_ID);
        Label planned = robot.lookup("#" + AccountsView.PLAN_RESULT_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> planned.getText().startsWith("1 CSM-task draft"));
        var workspace = window.workspaceProperty().get();
        List<Message> drafts = org.uptake.TestServices.of(workspace).outreach().review()
                .queue("scheduled-exports", MessageStatus.DRAFT);
        assertEquals(List.of("Win back Sable Clinics on Scheduled exports"), drafts.stream().map(Message::subject).toList());
    }
}
