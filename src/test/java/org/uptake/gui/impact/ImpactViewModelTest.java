package org.uptake.gui.impact;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.impact.ValidationFixture;
import org.uptake.model.FeatureRef;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/** Validate on the Impact screen's view model, through the task seam (synchronous here), without a stage. */
class ImpactViewModelTest {

    @TempDir
    Path temp;

    @Test
    void validateRunsForTheShownReportAndClearsWhenItIsMeasuredAgain() throws Exception {
        try (Workspace workspace = ValidationFixture.workspace(temp)) {
            org.uptake.services.WorkspaceServices services = TestServices.of(workspace);
            FeatureRef reports = new FeatureQueries(workspace).list().stream().filter(f -> f.key().equals("reports")).findFirst().orElseThrow();
            List<Throwable> problems = new ArrayList<>();
            ImpactViewModel vm = new ImpactViewModel(services.impact(), services.validation(), services.portfolio(),
                    new SynchronousTaskExecutor(), (title, e) -> problems.add(e), new SimpleObjectProperty<>(reports));
            vm.validate();
            assertNull(vm.validationProperty().get(), "nothing to validate before the report is measured");
            vm.refreshReport();
            vm.validate();
            assertEquals(List.of(), problems);
            assertEquals(30, vm.validationProperty().get().metrics().get(0).placebos());
            vm.refreshReport();
            assertNull(vm.validationProperty().get(), "a new report needs its own validation");
        }
    }
}
