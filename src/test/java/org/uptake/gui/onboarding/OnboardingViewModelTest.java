package org.uptake.gui.onboarding;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.gui.outreach.ReviewModel;
import org.uptake.ingest.Importer;
import org.uptake.model.Channel;
import org.uptake.model.FeatureRef;
import org.uptake.model.Message;
import org.uptake.model.Progress;
import org.uptake.onboarding.Onboarding;
import org.uptake.outreach.Outreach;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.TextSimilarities;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The Onboarding screen's view model without a stage: writing from the brief, the queue, the export of approved pieces only. */
class OnboardingViewModelTest {

    static final String FEATURES = """
            [{"key":"inbox-rules","name":"Inbox rules","launchedAt":"2026-06-01","problem":"Support agents sort the same tickets by hand",
              "adoption":{"event":"rule_saved","target":0.4,"withinDays":14},"funnel":["rule_editor_opened","rule_saved"]}]
            """;
    static final String BRIEF = """
            # Launch brief: Inbox rules

            **Feature key:** `inbox-rules`

            ## What we built

            Agents can now sort tickets automatically: open **Rules**, pick a condition, and **Save rule**.
            A rule runs on every new ticket. An inbox holds up to 25 rules.
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private Outreach outreach;
    private org.uptake.services.WorkspaceServices services;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        Files.writeString(temp.resolve("features.json"), FEATURES);
        Files.writeString(temp.resolve("inbox-rules.md"), BRIEF);
        importer.importFile(importer.plan(temp.resolve("features.json")), Progress.NONE);
        importer.importFile(importer.plan(temp.resolve("inbox-rules.md")), Progress.NONE);
        services = TestServices.of(workspace);
        outreach = services.outreach();
        feature.set(new FeatureQueries(workspace).list().get(0));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private OnboardingViewModel viewModel(ExportTo target) {
        SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
        return new OnboardingViewModel(services.onboarding(),
                new ReviewModel(outreach, Onboarding.KIND, executor, notifier, feature), executor, notifier, feature, target);
    }

    @Test
    void writingFromTheBriefFillsTheQueueOnceAndSaysSo() {
        OnboardingViewModel vm = viewModel(ExportTo.cancel());
        assertEquals(null, vm.review().statusProperty().get(), "the screen lists every piece, whatever its status");
        assertEquals("", vm.unavailableProperty().get());
        vm.writeFromBrief();
        vm.writeFromBrief();
        assertEquals(List.of("Onboarding: 3 drafts written from the brief; review them below.",
                "Onboarding: Nothing new: every piece is already in the queue (reject one to have it written again)."), notifier.told());
        assertEquals(List.of(Channel.TOOLTIP, Channel.WALKTHROUGH, Channel.WHATS_NEW),
                vm.review().messages().stream().map(Message::channel).sorted().toList());
        assertFalse(vm.writingProperty().get());
    }

    @Test
    void onlyApprovedPiecesAreExportedAndTheAnalystIsToldHowMany() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        ExportTo target = ExportTo.folder(out);
        OnboardingViewModel vm = viewModel(target);
        vm.writeFromBrief();
        vm.exportApproved();
        assertEquals("problem Could not write inbox-rules-onboarding.json", notifier.told().get(1).split(":")[0]);
        assertFalse(Files.exists(out.resolve("inbox-rules-onboarding.json")), "nothing approved, nothing written");

        Message tooltip = vm.review().messages().stream().filter(m -> m.channel() == Channel.TOOLTIP).findFirst().orElseThrow();
        outreach.review().approve(tooltip.id(), "ana");
        vm.exportApproved();

        assertEquals(List.of("Export the approved onboarding content | inbox-rules-onboarding.json | *.json",
                "Export the approved onboarding content | inbox-rules-onboarding.json | *.json"), target.asked());
        assertEquals("Exported: 1 approved piece written to " + out.resolve("inbox-rules-onboarding.json") + ".", notifier.told().get(2));
        assertEquals(tooltip.body(), new ObjectMapper().readTree(out.resolve("inbox-rules-onboarding.json").toFile())
                .at("/tooltip/text").asText());
    }

    @Test
    void withoutAFeatureTheActionsSayWhyAndDoNothing() {
        feature.set(null);
        ExportTo target = ExportTo.folder(temp);
        OnboardingViewModel vm = viewModel(target);
        vm.writeFromBrief();
        vm.exportApproved();
        assertEquals(OnboardingViewModel.NO_FEATURE, vm.unavailableProperty().get());
        assertEquals(List.of(), target.asked());
        assertEquals(List.of(), notifier.told());
        assertTrue(vm.review().messages().isEmpty());
    }
}
