package org.uptake.impact;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** Validation on a workspace where the answer is known: adopting changes nothing, so claims are rare and an injected change is found. */
class ImpactValidationTest {

    @TempDir
    Path temp;

    @Test
    void aFeatureWithoutEffectIsValidatedAndOthersSayWhyNot() throws Exception {
        try (Workspace workspace = ValidationFixture.workspace(temp)) {
            ImpactAnalysis analysis = TestServices.of(workspace).impact();
            ImpactReport report = analysis.report("reports", false, Progress.NONE);
            ValidationReport v = new ImpactValidation(workspace).validate(report, Progress.NONE);

            MetricValidation views = v.metrics().get(0);
            assertEquals("Reports viewed", views.metric());
            assertEquals(30, views.placebos());
            assertEquals(0.10, views.injected(), 1e-12, "no change claimed: 10% in the direction the feature was meant to move it");
            assertEquals(0, views.claims());
            assertEquals(30, views.recovered());
            assertTrue(views.meetsBar());
            assertEquals("Report tickets: not validated — ticket metrics have no comparison group to re-run; only event metrics are"
                    + " validated.", v.metrics().get(1).sentence());

            // Launched before the data starts: no days before launch to draw from.
            ValidationReport old = new ImpactValidation(workspace).validate(analysis.report("old", false, Progress.NONE), Progress.NONE);
            assertFalse(old.metrics().get(0).validated());
            assertEquals("the data starts after launch, so there are no days before launch to draw placebo launch dates from.",
                    old.metrics().get(0).note());
        }
    }
}
