package org.uptake.gui.onboarding;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.uptake.gui.SampleScreen;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.gui.outreach.ReviewPane;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Outreach;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.Workspace;

/** The Onboarding screen on a one-feature workspace: disabled with the reason until a feature is chosen, then writes and lists the pieces. */
class OnboardingScreenTest extends SampleScreen {

    @Start
    void start(Stage stage) {
        keep(stage);
    }

    @Test
    void withoutAFeatureTheActionsAreDisabledWithTheReasonThenWritingFillsTheQueue(FxRobot robot) throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        Path features = Files.writeString(temp.resolve("features.json"), OnboardingViewModelTest.FEATURES);
        Path brief = Files.writeString(temp.resolve("inbox-rules.md"), OnboardingViewModelTest.BRIEF);
        importer.importFile(importer.plan(features), Progress.NONE);
        importer.importFile(importer.plan(brief), Progress.NONE);
        org.uptake.services.WorkspaceServices services = TestServices.of(workspace);
        Outreach outreach = services.outreach();
        OnboardingViewModel viewModel = new OnboardingViewModel(services.onboarding(),
                new ReviewModel(outreach, Onboarding.KIND, executor, notifier, feature), executor, notifier, feature, ExportTo.cancel());
        show(robot, () -> new OnboardingView(viewModel));

        Button write = robot.lookup("#" + OnboardingView.WRITE_ID).queryButton();
        Button export = robot.lookup("#" + OnboardingView.EXPORT_ID).queryButton();
        Label message = robot.lookup("#" + OnboardingView.MESSAGE_ID).queryAs(Label.class);
        assertTrue(write.isDisabled() && export.isDisabled(), "nothing to write for without a feature");
        assertEquals("No feature to show: import a features.json that defines one.", message.getText());

        choose(robot, "inbox-rules");
        assertFalse(write.isDisabled());
        assertFalse(message.isVisible());
        robot.clickOn(write);
        TreeView<Object> tree = robot.lookup("#" + ReviewPane.TREE_ID).query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 3);
        assertEquals(List.of("Onboarding: 3 drafts written from the brief; review them below."), notifier.told());
    }
}
