package org.uptake.gui.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.adoption.DefinitionPreviewTest;
import org.uptake.adoption.EventCatalogEntry;
import org.uptake.gui.common.RecordingNotifier;
import org.uptake.gui.common.SynchronousTaskExecutor;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/** The editor's state without a stage: the field at fault, picking from the catalogue, the preview, saving and the history. */
class FeatureEditorViewModelTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private WorkspaceServices services;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final AtomicInteger saved = new AtomicInteger();
    private FeatureEditorViewModel model;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        services = DefinitionPreviewTest.withPeopleAndEvents(workspace, temp);
        model = new FeatureEditorViewModel(new FeatureEditorServices(services, temp.resolve("scratch")), new SynchronousTaskExecutor(),
                notifier, Duration.ZERO, saved::incrementAndGet);
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private EventCatalogEntry event(String name) {
        return model.shownEvents().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theProblemNamesTheFieldUntilTheDefinitionIsComplete() {
        FeatureForm form = model.form();
        assertEquals("a feature needs a key and a name", model.problemProperty().get());
        form.keyProperty().set("reports");
        form.nameProperty().set("Shared reports");
        assertEquals("feature reports: no launchedAt date", model.problemProperty().get());
        form.launchedAtProperty().set("2026-02-30");
        assertEquals("launchedAt must be a date like 2026-03-02 (it is '2026-02-30')", model.problemProperty().get());
        form.launchedAtProperty().set("2026-03-15");
        assertEquals("feature reports: no adoption event", model.problemProperty().get());
        form.adoptionEventProperty().set("report_shared");
        form.targetProperty().set("25%");
        assertEquals("adoption.target must be a share between 0 and 1 (it is '25%')", model.problemProperty().get());
        form.targetProperty().set("25");
        assertEquals("feature reports: adoption.target must be a share between 0 and 1 (it is 25.0)", model.problemProperty().get());
        form.targetProperty().set("0.25");
        form.funnel().add("report_opened");
        assertEquals("feature reports: funnel does not include the adoption event 'report_shared'", model.problemProperty().get());
        assertNull(model.previewProperty().get());
        form.funnel().add("report_shared");
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void pickingEventsFillsTheDefinitionAndThePreviewCountsIt() {
        model.searchProperty().set("report");
        assertEquals(List.of("report_opened", "report_shared"), model.shownEvents().stream().map(EventCatalogEntry::name).toList());
        model.searchProperty().set("");
        assertEquals(List.of("enterprise", "smb"), model.segments());
        FeatureForm form = model.form();
        form.keyProperty().set("reports");
        form.nameProperty().set("Shared reports");

        model.picked().setAll(event("report_shared"), event("report_opened"));
        assertEquals(LocalDate.of(2026, 4, 1), model.suggestedLaunchProperty().get());
        model.useSuggestedLaunch();
        model.useAsAdoption();
        model.addToFunnel();
        model.moveStep(0, 1);
        model.picked().setAll(event("old_export"));
        model.addToLegacy();
        model.addMetric("Report tickets", "", "", "reports, sharing", "lower");

        assertEquals("2026-04-01", form.launchedAtProperty().get());
        assertEquals("report_shared", form.adoptionEventProperty().get());
        assertEquals(List.of("report_opened", "report_shared"), form.funnel());
        assertEquals(List.of("old_export"), form.legacyEvents());
        assertEquals(List.of(new Feature.SuccessMetric("Report tickets", null, null, List.of("reports", "sharing"), "lower")),
                form.successMetrics());
        // Launch on the first data day: all four people are active after it, three shared, one opened-then-shared within 7 days.
        assertEquals(3, model.previewProperty().get().summary().adopters());
        // The data starts on the launch day: the ticket metric has no weeks before it, and says so under the funnel.
        assertEquals("Adopters 3 of 4 active people (75.0%) since 2026-04-01\n  report_opened: 3\n  report_shared: 1\n"
                + "Report tickets: not measurable yet, the data starts on launch day, so there is no before.",
                model.previewTextProperty().get());

        form.targetSegments().add("smb");
        assertEquals("Adopters 3 of 4 active people (75.0%) since 2026-04-01\nTarget segments: 2 of 2 (100.0%)\n  report_opened: 3\n"
                + "  report_shared: 1\nReport tickets: not measurable yet, the data starts on launch day, so there is no before.",
                model.previewTextProperty().get());
    }

    @Test
    void eachSuccessMetricIsPreviewedBeforeLaunchAndSinceWithTheRest() {
        // Launched a week into the data (1 to 12 April): one whole week before, and the 5 days since are no whole week.
        model.form().load(DefinitionPreviewTest.DRAFT);
        model.form().launchedAtProperty().set("2026-04-08");
        model.addMetric("Reports opened", "report_opened", "", "", "higher");
        assertEquals(List.of("Reports opened: not measurable yet, less than a whole week since launch."),
                model.metricsProperty().get().stream().map(org.uptake.impact.MetricPreview.Values::line).toList());
        // Five days earlier, 3 April: no whole week before any more; the line follows the launch date as the adopters do.
        model.form().launchedAtProperty().set("2026-04-03");
        assertEquals("Adopters 2 of 3 active people (66.7%) since 2026-04-03\n  report_opened: 1\n  report_shared: 0\n"
                + "Reports opened: not measurable yet, less than a whole week of data before launch.", model.previewTextProperty().get());
    }

    @Test
    void savingKeepsEveryVersionAndEditingLoadsTheStoredDefinition() {
        model.form().load(DefinitionPreviewTest.DRAFT);
        model.save();
        assertEquals(List.of("Feature saved: Shared reports saved as version 1."), notifier.told());
        assertEquals(1, saved.get());
        model.form().targetProperty().set("0.6");
        model.save();
        assertEquals(List.of("defined (editor-reports.json)", "adoption (editor-reports.json)"),
                model.history().stream().map(FeatureVersion::whatChanged).toList());

        FeatureEditorViewModel again = new FeatureEditorViewModel(new FeatureEditorServices(services, temp.resolve("scratch")),
                new SynchronousTaskExecutor(), notifier, Duration.ZERO, () -> { });
        again.edit("reports");
        Feature expected = new Feature("reports", "Shared reports", LocalDate.of(2026, 3, 15), "Reports are mailed by hand", List.of(),
                new Feature.AdoptionGoal("report_shared", 0.6, 30), List.of("report_opened", "report_shared"), null,
                List.of("old_export"), List.of(), List.of(), null);
        assertEquals(expected, again.form().build().feature());
        assertEquals(List.of(1, 2), again.history().stream().map(FeatureVersion::version).toList());
    }

    @Test
    void anInvalidDefinitionIsNotSaved() {
        model.form().keyProperty().set("reports");
        model.save();
        assertEquals(List.of("problem The feature cannot be saved: a feature needs a key and a name"), notifier.told());
        assertEquals(List.of(), services.featureVersions().history("reports"));
    }
}
