package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.Workspace;

/** The book and then each account page ask for the same struggling people: detected once, again only when the thresholds change. */
class StrugglesOfAllFeaturesTest {

    @TempDir
    Path temp;

    @Test
    void theStrugglingPeopleOfAWindowAreDetectedOnceUntilTheThresholdsChange() throws Exception {
        try (Workspace workspace = AccountAnalysisTest.fixture(temp)) {
            StruggleAnalysis struggles = TestServices.of(workspace).struggles();
            StrugglesOfAllFeatures all = new StrugglesOfAllFeatures(struggles, new FeatureQueries(workspace), new StrugglingSetStore(workspace),
                    new Cached<>(workspace, 4));
            LocalDate to = LocalDate.of(2026, 5, 31);
            LocalDate from = to.minusDays(27);

            IntSet first = all.between(from, to);
            assertSame(first, all.between(from, to), "the page after the book reads the remembered set");

            struggles.saveSettings(struggles.settings().withAbandonedAttempts(struggles.settings().abandonedAttempts() + 1));
            IntSet afterChange = all.between(from, to);
            assertNotSame(first, afterChange, "new thresholds are a new detection");
            assertEquals(afterChange, all.between(from, to));
        }
    }
}
