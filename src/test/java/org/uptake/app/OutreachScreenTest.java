package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.outreach.OutreachView;
import org.uptake.gui.outreach.OutreachViewModel;
import org.uptake.gui.outreach.ReviewPane;
import org.uptake.gui.shell.MainWindowViewModel;
import org.uptake.gui.shell.Screen;
import org.uptake.gui.start.RecentWorkspaces;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;

/** The Outreach screen on the sample: write drafts, review one, edit it past the checks, approve it, export approved only. */
@ExtendWith(ApplicationExtension.class)
class OutreachScreenTest {

    @TempDir
    static Path temp;

    private Preferences preferences;
    private MainWindowViewModel window;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("uptake-test/" + UUID.randomUUID());
        window = new WindowFactory((owner, title, initial) -> Optional.of(temp), owner -> List.of(),
                new RecentWorkspaces(preferences), temp).show(stage);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        robot.interact(window::closeWorkspace);
        preferences.removeNode();
    }

    @Test
    void anAnalystReviewsEditsAndApprovesADraft(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample(SampleTruthCliTest.SAMPLE.toAbsolutePath(), temp.resolve("Sample")));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.workspaceProperty().get() != null
                && window.selectedFeatureProperty().get() != null);
        robot.interact(() -> window.selectedFeatureProperty().set(window.features().stream()
                .filter(f -> f.key().equals("dashboard-customization")).findFirst().orElseThrow()));
        robot.interact(() -> window.screenProperty().set(Screen.OUTREACH));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "133".equals(tileValue(robot, "#tile-held-out")));
        assertEquals("59", tileValue(robot, "#tile-opted-out"));

        robot.clickOn("#writeDrafts");
        TreeView<Object> tree = robot.lookup("#" + ReviewPane.TREE_ID).query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> firstMessage(tree) != null);
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
        TreeItem<Object> first = firstMessage(tree);
        Message draft = (Message) first.getValue();
        assertEquals(MessageStatus.DRAFT, draft.status());
        robot.interact(() -> tree.getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        Button approve = robot.lookup("#" + ReviewPane.APPROVE_ID).queryButton();
        assertFalse(approve.isDisabled(), "a template draft passes its checks");

        // An edit with a number the workspace does not hold cannot be approved.
        TextArea body = robot.lookup("#" + ReviewPane.BODY_ID).queryAs(TextArea.class);
        robot.interact(() -> body.setText("97% of people like you love it."));
        robot.clickOn("#" + ReviewPane.SAVE_ID);
        Label checks = robot.lookup("#" + ReviewPane.CHECKS_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> checks.getText().contains("the number 97% is not a workspace fact"));
        assertTrue(approve.isDisabled());

        robot.interact(() -> body.setText(draft.body()));
        robot.clickOn("#" + ReviewPane.SAVE_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> checks.getText().isEmpty() && !approve.isDisabled());
        robot.clickOn("#" + ReviewPane.APPROVE_ID);
        OutreachView view = robot.lookup(n -> n instanceof OutreachView).queryAs(OutreachView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> firstMessage(tree) != null
                && ((Message) firstMessage(tree).getValue()).id() != draft.id());

        Path exported = temp.resolve("in-app.json");
        robot.interact(() -> view.viewModel().deliver(OutreachViewModel.Export.IN_APP_JSON, exported, d -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exported.toFile().length() > 0);
        JsonNode messages = new ObjectMapper().readTree(exported.toFile());
        assertEquals(draft.channel() == org.uptake.model.Channel.IN_APP ? 1 : 0, messages.size(), "only the approved message");
        if (messages.size() == 1) {
            assertEquals(draft.id(), messages.get(0).get("messageId").asLong());
        }
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

    private static String tileValue(FxRobot robot, String tileId) {
        return robot.lookup(tileId + " .tile-value").tryQueryAs(Label.class).map(Label::getText).orElse(null);
    }
}
