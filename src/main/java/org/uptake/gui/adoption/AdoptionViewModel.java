package org.uptake.gui.adoption;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.adoption.AdoptionAnalysis;
import org.uptake.adoption.AdoptionOverview;
import org.uptake.adoption.FunnelReport;
import org.uptake.adoption.NonAdopter;
import org.uptake.adoption.PersonRow;
import org.uptake.extract.ClusterFigures;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.PeopleNames;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.Figures;
import org.uptake.report.PeopleCsv;
import org.uptake.workspace.FeatureVersions;

/**
 * The Adoption screen's state: the feature (from the header's picker), the date range and the
 * funnel breakdown drive one background computation (one read of the rollups); a newer request makes an older one's result
 * irrelevant (latest wins).
 */
public final class AdoptionViewModel {

    static final int SHOULD_BE_USING = 200;

    private final AdoptionAnalysis analysis;
    private final ClusterFigures cluster;
    private final FeatureVersions versions;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Exports exports;
    private final ObservableValue<FeatureRef> feature;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FunnelReport.Breakdown> breakdown = new SimpleObjectProperty<>(FunnelReport.Breakdown.SEGMENT);
    private final ReadOnlyObjectWrapper<AdoptionOverview> result = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper extractNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExtractBlocks> blocks = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper("");
    private final LatestJob job;
    /** The emails and account names of the shown overview's should-be-using people, read with it. */
    private PeopleNames names = PeopleNames.NONE;

    /**
     * @param cluster the exact figures of the Spark extract the data came from, set beside the sample's
     * @param versions the features' definitions, to say which one the figures come from
     */
    public AdoptionViewModel(AdoptionAnalysis analysis, TaskExecutor executor, Notifier notifier, ObservableValue<FeatureRef> feature,
            ExportTarget exportTarget, ClusterFigures cluster, FeatureVersions versions) {
        this.analysis = analysis;
        this.cluster = cluster;
        this.versions = versions;
        this.executor = executor;
        this.notifier = notifier;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.feature = feature;
        this.job = new LatestJob(executor);
        feature.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        breakdown.addListener((obs, old, now) -> refresh());
        result.addListener((obs, old, now) -> showExtract(now));
    }

    /** From an extract, the exact figures counted on the cluster beside the sample's estimates; nothing otherwise. */
    private void showExtract(AdoptionOverview shown) {
        extractNote.set("");
        blocks.set(null);
        if (shown == null) {
            return;
        }
        String key = shown.feature().key();
        long adopters = shown.summary().adopters();
        long active = shown.summary().activePeople();
        // The cluster counted the whole period; dates chosen here narrow only the sample's figures.
        boolean narrowed = from.get() != null || to.get() != null;
        String whole = narrowed ? " (The exact count is for the whole period, not the dates chosen.)" : "";
        executor.submit(BackgroundJob.of("Reading the extract's exact figures", progress -> new FromExtract(
                        cluster.adoption(key, adopters, active).map(e -> e.label() + whole).orElse(""),
                        cluster.counts(key).map(exact -> ExtractBlocks.of(shown, exact, narrowed)).orElse(null)))
                .onSuccess(read -> {
                    if (shown == result.get()) {
                        extractNote.set(read.note());
                        blocks.set(read.blocks());
                    }
                })
                .onFailure(failure -> notifier.problem("Could not read the extract's exact figures", failure)));
    }

    /** The note and the blocks read from the extract for one overview. */
    private record FromExtract(String note, ExtractBlocks blocks) {
    }

    /** The extract's exact adoption beside the sample's, when the data came from a Spark extract; empty otherwise. */
    public ReadOnlyStringProperty extractNoteProperty() {
        return extractNote.getReadOnlyProperty();
    }

    /** The screen's blocks as an extract gives them (exact or labelled as the sample's); null when the data is not from one. */
    ReadOnlyObjectProperty<ExtractBlocks> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    /** Recomputes in the background; only the latest request's result is shown. */
    public void refresh() {
        FeatureRef current = feature.getValue();
        if (current == null) {
            job.cancel();
            result.set(null);
            definition.set("");
            message.set("No feature to show: import a features.json that defines one.");
            return;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        FunnelReport.Breakdown by = breakdown.get();
        message.set("");
        job.submit("Computing the adoption of " + current.name(), progress -> {
            // The version is read with the figures, so the header names the definition they were counted on.
            String used = versions.latest(current.key()).map(org.uptake.model.FeatureVersion::label).orElse("");
            AdoptionOverview overview = analysis.overview(current.key(), start, end, by, SHOULD_BE_USING);
            return new Shown(overview, used, PeopleNames.read(analysis::contacts,
                    overview.shouldBeUsing().stream().map(NonAdopter::userId).toList()));
        }, shown -> {
            definition.set(shown.definition());
            names = shown.names();
            result.set(shown.overview());
        }, () -> { }, failure -> notifier.problem("Could not compute the adoption of " + current.name(), failure));
    }

    private record Shown(AdoptionOverview overview, String definition, PeopleNames names) {
    }

    /** The definition the shown figures were counted on: "definition v3, 29 Nov 2026"; empty before any. */
    public ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** The emails and account names of the people the shown overview lists (ids where the data gives none). */
    public PeopleNames names() {
        return names;
    }

    /** Loads the people behind a number in the background and hands them over on the FX thread. */
    public void loadPeople(org.uptake.adoption.PeopleQuery query, java.util.function.Consumer<List<org.uptake.adoption.PersonRow>> show) {
        FeatureRef current = feature.getValue();
        if (current == null) {
            return;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        executor.submit(BackgroundJob.of("Finding the people", progress ->
                        analysis.people(current.key(), start, end, query, AdoptionAnalysis.DEFAULT_FUNNEL_WINDOW_DAYS))
                .onSuccess(show::accept)
                .onFailure(failure -> notifier.problem("Could not list the people", failure)));
    }

    /** Loads one person's events in the background. */
    public void loadTimeline(String userId, java.util.function.Consumer<List<org.uptake.adoption.TimelineEvent>> show) {
        executor.submit(BackgroundJob.of("Reading the events of " + userId, progress -> analysis.timeline(userId))
                .onSuccess(show::accept)
                .onFailure(failure -> notifier.problem("Could not read the timeline", failure)));
    }

    /** The shown feature's own events (funnel, adoption, revert, usage), for highlighting in timelines. */
    public java.util.Set<String> featureEvents() {
        AdoptionOverview shown = result.get();
        return shown == null ? java.util.Set.of() : shown.feature().featureEvents();
    }

    public List<String> funnelSteps() {
        AdoptionOverview shown = result.get();
        return shown == null ? List.of() : shown.feature().funnel();
    }

    public ReadOnlyObjectProperty<AdoptionOverview> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<FunnelReport.Breakdown> breakdownProperty() {
        return breakdown;
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Asks where, then writes the shown feature's "should be using it" list as CSV in the background. */
    public void exportShouldBeUsing() {
        AdoptionOverview shown = result.get();
        if (shown == null) {
            return;
        }
        List<NonAdopter> rows = shown.shouldBeUsing();
        exports.write("Export the people who should be using it", "should-be-using.csv", file -> {
            PeopleCsv.shouldBeUsing(rows, file);
            return rows.size();
        }, AdoptionViewModel::peopleWritten, Exports.CSV);
    }

    /** Asks where, then writes the people a list window shows (after its filter) as CSV in the background. */
    public void exportPeople(String title, List<PersonRow> rows) {
        exports.write("Export " + title, "people.csv", file -> {
            PeopleCsv.people(rows, file);
            return rows.size();
        }, AdoptionViewModel::peopleWritten, Exports.CSV);
    }

    private static String peopleWritten(int people, java.nio.file.Path path) {
        return Figures.count(people) + (people == 1 ? " person" : " people") + " written to " + path + ".";
    }
}
