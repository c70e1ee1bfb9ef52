package org.uptake.gui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.extract.HandBuiltExtract;
import org.uptake.gui.common.ExportTo;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** The Impact screen on data from a Spark extract: the success metrics' exact aggregates beside the sample's comparison. */
class ImpactFromAnExtractTest {

    @TempDir
    Path temp;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final SimpleObjectProperty<FeatureRef> feature = new SimpleObjectProperty<>();

    private ImpactViewModel measured(Workspace workspace) {
        WorkspaceServices services = TestServices.of(workspace);
        ImpactViewModel vm = new ImpactViewModel(services.impact(), services.validation(), services.portfolio(), new SynchronousTaskExecutor(),
                notifier, feature, ExportTo.cancel(), services.clusterFigures());
        feature.set(new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("bulk-edit")).findFirst().orElseThrow());
        vm.refreshReport();
        return vm;
    }

    @Test
    void theClustersAggregatesAreShownUnderTheSuccessMetrics() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            TestServices.of(workspace).importer().importFolder(HandBuiltExtract.full(temp), Progress.NONE);
            ImpactViewModel vm = measured(workspace);
            assertEquals("""
                    Counted exactly on the cluster over every person and every day before and after launch (plain aggregates; the\
                     comparison above is the sample's: whole weeks, comparable people, a bootstrap interval)
                      • Edit time (mean per event), counted exactly on the cluster over everyone: adopters 50.00 → 30.00 (-40.0%),\
                     everyone else 50.00 → 45.00 (-10.0%)
                      • Bulk tickets, counted exactly on the cluster: 3 tickets in the 3 days before launch (1.00 a day), 1 in the 3 days\
                     since (0.33 a day)""", vm.exactMetricsProperty().get());
            assertEquals(List.of(), notifier.told());
        }
    }

    @Test
    void rawDataShowsNoExactAggregates() throws Exception {
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            WorkspaceServices services = TestServices.of(workspace);
            Path features = Files.writeString(temp.resolve("features.json"), HandBuiltExtract.FULL_FEATURES);
            services.importer().importFile(services.importer().plan(features), Progress.NONE);
            assertEquals("", measured(workspace).exactMetricsProperty().get());
        }
    }
}
