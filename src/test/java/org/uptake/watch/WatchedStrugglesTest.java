package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.struggle.SharedEventReadTest;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.Workspace;

/**
 * The rules' struggles of each period are each feature's own analysis, though read for all features at once; and the
 * digest's rolling window is the detection the book of business made of the same 28 days, not a second one.
 */
class WatchedStrugglesTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkspaceServices services;
    private WatchedData data;
    private WatchSettings week;

    @BeforeEach
    void build() throws Exception {
        workspace = SharedEventReadTest.fixture(temp);
        services = TestServices.of(workspace);
        // Periods of 7 days: the current one is 10–16 March, the previous 3–9 March (Layouts launched on the 6th).
        WatchSettings s = WatchSettings.of(workspace.settings());
        week = new WatchSettings(s.inboxes(), 7, s.alpha(), s.minPeople(), s.paceShortfall(), s.struggleRise(), s.ticketRise(),
                s.useDecline(), s.proactiveDays(), s.digestFormats(), s.digestEmail());
        data = new AlertRules(AlertRules.standard(), services.adoption(), services.struggles(), new FeatureQueries(workspace), workspace)
                .data(week);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private org.uptake.model.Feature feature(String key) {
        return data.features().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachPeriodsStrugglesAreEachFeaturesOwnAnalysis() {
        LocalDate asOf = SharedEventReadTest.TO;
        assertEquals(asOf, data.asOf());
        for (String key : SharedEventReadTest.KEYS) {
            assertEquals(services.struggles().analyze(key, LocalDate.of(2026, 3, 10), asOf, Progress.NONE), data.strugglesNow(key), key);
        }
        assertEquals(services.struggles().analyze("layouts", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9), Progress.NONE),
                data.strugglesBefore(feature("layouts")));
        assertEquals(List.of("rage", "spread", "broken"), data.strugglesBefore(feature("layouts")).struggling().stream()
                .map(p -> p.person().userId()).toList());
    }

    @Test
    void theRollingWindowIsTheBookOfBusinesssDetection() {
        services.accounts().book();
        List<String> keys = data.features().stream().map(org.uptake.model.Feature::key).toList();
        LocalDate asOf = SharedEventReadTest.TO;
        var remembered = services.struggles().detectionEach(keys, asOf.minusDays(27), asOf);
        for (String key : keys) {
            assertSame(remembered.get(key), data.strugglesRolling(key), key);
        }
        assertEquals(services.struggles().analyze("widgets", asOf.minusDays(27), asOf, Progress.NONE).earlyWarning(),
                data.strugglesRolling("widgets").earlyWarning());
    }

    @Test
    void theDigestAloneFindsWhatTheRulesFindInTheRollingWindow() {
        // The rules' three windows first, as a refresh runs them; then a digest in a process of its own, which detects
        // the rolling window alone.
        data.strugglesNow("widgets");
        List<ProactiveFigure> afterTheRules = Digest.proactive(data);
        WorkspaceServices other = TestServices.of(workspace);
        WatchedData digestOnly = new AlertRules(AlertRules.standard(), other.adoption(), other.struggles(), new FeatureQueries(workspace),
                workspace).data(week);
        assertEquals(afterTheRules, Digest.proactive(digestOnly));
        assertEquals(1, afterTheRules.stream().filter(f -> f.ticketFilers() > 0).count(), "the fixture has one feature with ticket filers");
    }
}
