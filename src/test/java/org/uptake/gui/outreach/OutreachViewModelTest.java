package org.uptake.gui.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.uptake.model.Channel;
import org.uptake.model.FeatureRef;
import org.uptake.model.MessageStatus;
import org.uptake.outreach.Delivery;
import org.uptake.outreach.Outreach;
import org.uptake.outreach.OutreachFixture;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * The Outreach screen's view model without a stage, on {@link OutreachFixture}: four dormant people
 * with an email draft each about "reports"; what is exported is what was approved, where the analyst said.
 */
class OutreachViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private Outreach outreach;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    @BeforeEach
    void build() throws Exception {
        workspace = OutreachFixture.build(temp);
        outreach = OutreachFixture.outreach(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private OutreachViewModel viewModel(ExportTo target) {
        return new OutreachViewModel(outreach, TestServices.of(workspace).delivery(), TestServices.of(workspace).adoption()::contacts,
                new SynchronousTaskExecutor(), notifier, feature, target);
    }

    private FeatureRef reports() {
        return new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow();
    }

    @Test
    void choosingTheFeaturePlansItsOutreachAndLoadsItsQueue() {
        OutreachViewModel vm = viewModel(ExportTo.cancel());
        feature.set(reports());

        assertEquals(4, vm.planProperty().get().byChannel().get(Channel.EMAIL));
        assertEquals(List.of("u1", "u2", "u3", "u4"), vm.review().messages().stream().map(m -> m.userId()).sorted().toList());
        assertEquals(List.of(), vm.conversion(), "no campaign sent yet");
        assertEquals("", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());

        feature.set(null);
        assertNull(vm.planProperty().get());
        assertEquals(List.of(), vm.review().messages());
        assertEquals("No feature to show: import a features.json that defines one.", vm.messageProperty().get());
    }

    @Test
    void onlyApprovedEmailIsExportedWhereTheAnalystSaid() throws Exception {
        ExportTo target = ExportTo.folder(temp.resolve("out"));
        OutreachViewModel vm = viewModel(target);
        feature.set(reports());
        vm.export(OutreachViewModel.Export.EMAIL_CSV);
        assertEquals("Delivered: No approved messages of that kind: nothing left the workspace.", notifier.told().get(0));
        assertFalse(Files.exists(temp.resolve("out/outreach-email.csv")), "nothing approved, no file");

        outreach.review().approve(OutreachFixture.messageTo(outreach, "u2").id(), "ana");
        vm.export(OutreachViewModel.Export.EMAIL_CSV);

        assertEquals(List.of("Export approved messages: Email as CSV | outreach-email.csv | *.csv",
                "Export approved messages: Email as CSV | outreach-email.csv | *.csv"), target.asked());
        assertTrue(notifier.told().get(1).startsWith("Delivered: 1 approved messages delivered in campaign "), notifier.told().get(1));
        assertTrue(notifier.told().get(1).endsWith("; 0 held-out people are its control group."), notifier.told().get(1));
        String csv = Files.readString(temp.resolve("out/outreach-email.csv"));
        assertEquals(List.of(true, false, false, false), List.of(csv.contains("bo@two.example"), csv.contains("ann@one.example"),
                csv.contains("cy@three.example"), csv.contains("di@four.example")), "only u2's approved email");
        assertEquals(MessageStatus.SENT, OutreachFixture.messageTo(outreach, "u2").status());
    }

    @Test
    void emlFilesGoToTheChosenFolderAndACancelledDialogSendsNothing() throws Exception {
        outreach.review().approve(OutreachFixture.messageTo(outreach, "u1").id(), "ana");
        outreach.review().approve(OutreachFixture.messageTo(outreach, "u3").id(), "ana");
        feature.set(reports());

        viewModel(ExportTo.cancel()).export(OutreachViewModel.Export.EML);
        assertEquals(List.of(), notifier.told());
        assertEquals(MessageStatus.APPROVED, OutreachFixture.messageTo(outreach, "u1").status());

        Path folder = Files.createDirectories(temp.resolve("mail"));
        ExportTo target = ExportTo.folder(folder);
        viewModel(target).export(OutreachViewModel.Export.EML);
        assertEquals(List.of("Folder for the .eml files"), target.asked());
        try (var files = Files.list(folder)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".eml")).count());
        }
    }
}
