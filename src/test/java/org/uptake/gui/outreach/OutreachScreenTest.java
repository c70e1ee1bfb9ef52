package org.uptake.gui.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.Secrets;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;

/** The Outreach screen on the sample: write drafts, review one, edit it past the checks, approve it, export approved only. */
class OutreachScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void anAnalystReviewsEditsAndApprovesADraft(FxRobot robot) throws Exception {
        openSample("dashboard-customization");
        ExportTo exports = ExportTo.folder(temp);
        // Secrets from a folder of the test's own, never the user's config folder.
        Secrets secrets = Secrets.in(temp.resolve("config"));
        OutreachViewModel viewModel = new OutreachViewModel(TestServices.asTheAppBuildsIt(workspace, secrets).outreach(),
                TestServices.asTheAppBuildsIt(workspace, secrets).delivery(),
                TestServices.asTheAppBuildsIt(workspace, secrets).adoption()::contacts, executor,
                notifier, feature, exports);
        show(robot, () -> new OutreachView(viewModel));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> "129".equals(tileValue(robot, "#tile-held-out")));
        // 57, not 59: two opted-out people abandoned once outside the target segments, so no audience holds them now.
        assertEquals("57", tileValue(robot, "#tile-opted-out"));

        robot.clickOn("#writeDrafts");
        TreeView<Object> tree = robot.lookup("#" + ReviewPane.TREE_ID).query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> firstMessage(tree) != null);
        assertTrue(notifier.told().get(0).startsWith("Drafts written: 1,114 drafts written by templates;"), notifier.told().toString());
        TreeItem<Object> first = firstMessage(tree);
        Message draft = (Message) first.getValue();
        assertEquals(MessageStatus.DRAFT, draft.status());
        robot.interact(() -> tree.getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        // The queue names the recipient by email; the preview by email and account, the id in brackets.
        java.util.Map<String, String> emails = sampleColumn("people.csv", "email");
        java.util.Map<String, String> accountOf = sampleColumn("people.csv", "account_id");
        java.util.Map<String, String> accounts = sampleColumn("accounts.csv", "name");
        String recipient = emails.get(draft.userId()) + " · " + accounts.get(accountOf.get(draft.userId())) + " (" + draft.userId() + ")";
        assertTrue(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .anyMatch(c -> c.getItem() == draft && (emails.get(draft.userId()) + " — " + draft.subject()).equals(c.getText())), recipient);
        assertTrue(robot.lookup("#messagePreview .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith(" " + recipient)), "the preview says who receives it: " + recipient);
        Button approve = robot.lookup("#" + ReviewPane.APPROVE_ID).queryButton();
        assertFalse(approve.isDisabled(), "a template draft passes its checks");

        // The checks run as the analyst types, and an unsaved edit cannot be approved (Approve would approve the stored text).
        TextArea body = robot.lookup("#" + ReviewPane.BODY_ID).queryAs(TextArea.class);
        Label checks = robot.lookup("#" + ReviewPane.CHECKS_ID).queryAs(Label.class);
        robot.interact(() -> body.setText("97% of people like you love it."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> checks.getText().contains("the number 97% is not a workspace fact"));
        assertTrue(approve.isDisabled());
        robot.interact(() -> body.setText(draft.body() + " See you there."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Unsaved edit: save it before approving.", checks.getText());
        assertTrue(approve.isDisabled(), "an unsaved edit is saved first, never dropped silently");

        robot.clickOn("#" + ReviewPane.SAVE_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> checks.getText().isEmpty() && !approve.isDisabled());
        robot.clickOn("#" + ReviewPane.APPROVE_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firstMessage(tree) != null
                && ((Message) firstMessage(tree).getValue()).id() != draft.id());

        // Rejecting with an empty reason says why nothing happened.
        TreeItem<Object> next = firstMessage(tree);
        robot.interact(() -> tree.getSelectionModel().select(next));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ReviewPane.REJECT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        Label notice = robot.lookup("#" + ReviewPane.NOTICE_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
        assertEquals("Not rejected: a rejection needs a reason, which stays in the audit trail.", notice.getText());
        assertEquals(MessageStatus.DRAFT, ((Message) firstMessage(tree).getValue()).status());

        Path exported = temp.resolve("outreach-in-app.json");
        robot.clickOn("#exportApproved");
        robot.clickOn("In-app messages as JSON…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notifier.told().size() == 2);
        assertEquals(List.of("Export approved messages: In-app messages as JSON | outreach-in-app.json | *.json"), exports.asked());
        assertTrue(notifier.told().get(1).startsWith(draft.channel() == org.uptake.model.Channel.IN_APP ? "Delivered: 1 approved messages"
                : "Delivered: No approved messages of that kind"), notifier.told().get(1));
        JsonNode messages = new ObjectMapper().readTree(exported.toFile());
        assertEquals(draft.channel() == org.uptake.model.Channel.IN_APP ? 1 : 0, messages.size(), "only the approved message");
        if (messages.size() == 1) {
            assertEquals(draft.id(), messages.get(0).get("messageId").asLong());
            assertEquals(draft.body() + " See you there.", messages.get(0).get("text").asText(), "what was approved is what the analyst saw");
        }

        robot.clickOn("Audiences");
        javafx.scene.control.TableView<org.uptake.outreach.PlannedContact> audience = robot.lookup("#" + OutreachView.AUDIENCE_TABLE_ID)
                .queryTableView();
        String person = audience.getItems().get(0).person().userId();
        String account = audience.getItems().get(0).person().accountId();
        assertEquals(List.of(emails.get(person), person), List.of(shownCell(robot, audience, "Person", 0)));
        assertEquals(List.of(accounts.get(account), account), List.of(shownCell(robot, audience, "Account", 0)));
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains("counted from 2 Mar to 16 Mar 2026")),
                "the audiences say which days their signals are counted in");
    }

    private static TreeItem<Object> firstMessage(TreeView<Object> tree) {
        if (tree.getRoot() == null) {
            return null;
        }
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue() instanceof Message) {
                    return item;
                }
            }
        }
        return null;
    }

}
