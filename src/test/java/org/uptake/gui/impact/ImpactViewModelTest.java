package org.uptake.gui.impact;

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
import org.uptake.impact.ValidationFixture;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The Impact and Portfolio screens' view model through the task seam (synchronous here), without a stage. */
class ImpactViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    @BeforeEach
    void open() throws Exception {
        workspace = ValidationFixture.workspace(temp);
        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImpactViewModel viewModel(ExportTo target) {
        org.uptake.services.WorkspaceServices services = TestServices.of(workspace);
        return new ImpactViewModel(services.impact(), services.validation(), services.portfolio(), new SynchronousTaskExecutor(),
                notifier, feature, target, services.clusterFigures());
    }

    @Test
    void validateRunsForTheShownReportAndClearsWhenItIsMeasuredAgain() {
        ImpactViewModel vm = viewModel(ExportTo.cancel());
        vm.validate();
        assertNull(vm.validationProperty().get(), "nothing to validate before the report is measured");
        vm.refreshReport();
        vm.validate();
        assertEquals(List.of(), notifier.told());
        assertEquals(30, vm.validationProperty().get().metrics().get(0).placebos());
        vm.refreshReport();
        assertNull(vm.validationProperty().get(), "a new report needs its own validation");
    }

    @Test
    void noFeatureShowsNoReportAndExportsNothing() {
        ImpactViewModel vm = viewModel(ExportTo.folder(temp));
        feature.set(null);
        vm.refreshReport();
        vm.exportReportPdf();
        assertNull(vm.reportProperty().get());
        assertFalse(vm.reportBusyProperty().get());
        assertEquals(List.of(), notifier.told(), "no dialog asked, nothing written, nothing to tell");
    }

    @Test
    void theReportIsWrittenWhereTheAnalystSaidAndTheyAreToldWhere() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        ExportTo target = ExportTo.folder(out);
        ImpactViewModel vm = viewModel(target);
        vm.exportReportPdf();
        assertEquals(List.of(), target.asked(), "before a report is measured there is nothing to export");

        vm.refreshReport();
        vm.exportReportPdf();
        vm.exportFigures();

        assertEquals(List.of("Export the impact report | impact-report.pdf | *.pdf",
                "Export the impact report | impact-figures.csv | *.csv *.json"), target.asked());
        assertEquals(List.of("Exported: Written to " + out.resolve("impact-report.pdf") + ".",
                "Exported: Written to " + out.resolve("impact-figures.csv") + "."), notifier.told());
        assertEquals("%PDF", Files.readString(out.resolve("impact-report.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .substring(0, 4));
        assertTrue(Files.readAllLines(out.resolve("impact-figures.csv")).get(0).startsWith("feature,"),
                Files.readAllLines(out.resolve("impact-figures.csv")).get(0));
    }

    @Test
    void aCancelledDialogWritesNothingAndAFailedWriteSaysWhichFile() throws Exception {
        ImpactViewModel cancelled = viewModel(ExportTo.cancel());
        cancelled.refreshReport();
        cancelled.exportReportPdf();
        assertEquals(List.of(), notifier.told());

        // A "folder" that is a file: nothing can be written under it.
        Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "kept");
        ImpactViewModel broken = viewModel(ExportTo.folder(notAFolder));
        broken.refreshReport();
        broken.exportReportPdf();
        assertEquals(1, notifier.told().size());
        assertTrue(notifier.told().get(0).startsWith("problem Could not write impact-report.pdf: "), notifier.told().get(0));
        assertEquals("kept", Files.readString(notAFolder));
    }

    @Test
    void thePortfolioIsRankedAndExportedAsCsvOneRowAFeature() throws Exception {
        ImpactViewModel vm = viewModel(ExportTo.folder(temp));
        vm.refreshPortfolio();
        assertEquals(List.of("reports", "old"), vm.rowsProperty().get().stream().map(r -> r.featureKey()).sorted(
                java.util.Comparator.reverseOrder()).toList());
        vm.exportPortfolioCsv();
        assertEquals(List.of("Exported: Written to " + temp.resolve("portfolio.csv") + "."), notifier.told());
        assertEquals(3, Files.readAllLines(temp.resolve("portfolio.csv")).size(), "a header and two features");
    }
}
