package org.uptake.gui.struggle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.adoption.TimelineEvent;
import javafx.stage.FileChooser;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.PeopleNames;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;
import org.uptake.model.SignalKind;
import org.uptake.report.BugReport;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.struggle.StruggleCluster;
import org.uptake.struggle.StruggleReport;
import org.uptake.struggle.StrugglingPerson;
import org.uptake.workspace.FeatureVersions;

/**
 * The Struggles screen's state: the header's feature drives one background analysis (latest request
 * wins); the signal-kind filter narrows the clusters and people shown without recomputing.
 */
public final class StrugglesViewModel {

    private final StruggleAnalysis analysis;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Exports exports;
    private final ObservableValue<FeatureRef> feature;
    private final ReadOnlyObjectWrapper<StruggleReport> result = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Set<SignalKind>> kinds = new SimpleObjectProperty<>(EnumSet.allOf(SignalKind.class));
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyStringWrapper definition = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final FeatureVersions versions;
    private final LatestJob job;
    private final PeopleNames.Reader contacts;
    private FeatureRef computedFor;
    /** The emails and account names of the shown report's people, read with it. */
    private PeopleNames names = PeopleNames.NONE;

    static final FileChooser.ExtensionFilter MARKDOWN = new FileChooser.ExtensionFilter("Markdown (paste anywhere)", "*.md");
    static final FileChooser.ExtensionFilter JIRA_CSV = new FileChooser.ExtensionFilter("CSV (Jira import)", "*.csv");
    static final FileChooser.ExtensionFilter GITHUB_JSON = new FileChooser.ExtensionFilter("JSON (GitHub issues)", "*.json");

    /**
     * @param contacts reads the emails and account names the people lists show
     * @param versions the features' definitions, to say which one the figures come from
     */
    public StrugglesViewModel(StruggleAnalysis analysis, PeopleNames.Reader contacts, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature, ExportTarget exportTarget, FeatureVersions versions) {
        this.analysis = analysis;
        this.contacts = contacts;
        this.versions = versions;
        this.executor = executor;
        this.notifier = notifier;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.feature = feature;
        this.job = new LatestJob(executor);
        feature.addListener((obs, old, now) -> refresh());
    }

    /** Analyses the current feature in the background, with progress in the status bar and Cancel. */
    public void refresh() {
        FeatureRef current = feature.getValue();
        if (current == null) {
            job.cancel();
            result.set(null);
            definition.set("");
            message.set("No feature to show: import a features.json that defines one.");
            return;
        }
        message.set("");
        job.submit("Finding who struggles with " + current.name(), progress -> {
                    // The version is read with the analysis, so the header names the definition its figures come from.
                    String used = versions.latest(current.key()).map(org.uptake.model.FeatureVersion::label).orElse("");
                    StruggleReport report = analysis.analyze(current.key(), null, null, progress);
                    return new Shown(report, used, PeopleNames.read(contacts, peopleIn(report)));
                },
                shown -> {
                    computedFor = current;
                    definition.set(shown.definition());
                    names = shown.names();
                    result.set(shown.report());
                },
                () -> message.set("Cancelled. Press Refresh to analyse the feature again."),
                failure -> notifier.problem("Could not analyse the struggles with " + current.name(), failure));
    }

    /** A report with its definition and the names of its people, computed together so a list never shows ids first and names later. */
    private record Shown(StruggleReport report, String definition, PeopleNames names) {
    }

    /** The definition the shown figures come from: "definition v3, 29 Nov 2026"; empty before any. */
    public javafx.beans.property.ReadOnlyStringProperty definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** Everyone the screen lists: the struggling people and the ticket filers of the early warning. */
    private static Set<String> peopleIn(StruggleReport report) {
        Set<String> ids = new java.util.HashSet<>();
        report.struggling().forEach(p -> ids.add(p.person().userId()));
        report.earlyWarning().people().forEach(r -> ids.add(r.userId()));
        return ids;
    }

    /** The emails and account names of the shown report's people (ids where the data gives none). */
    public PeopleNames names() {
        return names;
    }

    /**
     * Reads the thresholds, lets the analyst change them ({@code ask} runs on the FX thread), stores
     * what they chose and analyses again — the reads and writes off the FX thread.
     */
    public void editSettings(java.util.function.Function<org.uptake.struggle.StruggleSettings,
            java.util.Optional<org.uptake.struggle.StruggleSettings>> ask) {
        executor.submit(BackgroundJob.of("Reading the thresholds", p -> analysis.settings())
                .onSuccess(current -> ask.apply(current).ifPresent(chosen -> executor.submit(BackgroundJob.of("Saving the thresholds",
                        p -> {
                            analysis.saveSettings(chosen);
                            return chosen;
                        }).onSuccess(saved -> refresh())
                        .onFailure(e -> notifier.problem("Could not save the thresholds", e)))))
                .onFailure(e -> notifier.problem("Could not read the thresholds", e)));
    }

    /** Recomputes only when the feature changed since the last result (the analysis reads raw events). */
    public void refreshIfStale() {
        if (result.get() == null || computedFor == null || !computedFor.equals(feature.getValue())) {
            refresh();
        }
    }

    /** The clusters in which some struggling person shows one of the chosen signal kinds. */
    public List<StruggleCluster> visibleClusters() {
        StruggleReport r = result.get();
        if (r == null) {
            return List.of();
        }
        return r.clusters().stream().filter(c -> c.signalPeople().keySet().stream().anyMatch(kinds.get()::contains)).toList();
    }

    /** Struggling people (all, or a cluster's) with at least one signal of a chosen kind. */
    public List<StrugglingPerson> visiblePeople(StruggleCluster cluster) {
        StruggleReport r = result.get();
        if (r == null) {
            return List.of();
        }
        List<StrugglingPerson> people = cluster == null ? r.struggling() : r.peopleOf(cluster);
        return people.stream().filter(p -> p.kinds().stream().anyMatch(kinds.get()::contains)).toList();
    }

    public void loadTimeline(String userId, Consumer<List<TimelineEvent>> show) {
        executor.submit(BackgroundJob.of("Reading the events of " + userId, progress -> analysis.timeline(userId))
                .onSuccess(show::accept)
                .onFailure(failure -> notifier.problem("Could not read the timeline", failure)));
    }

    /**
     * "File bug": asks where, then writes the shown report's suspected defects with their evidence as
     * Markdown, Jira CSV or GitHub JSON (by the file's extension) in the background.
     */
    public void fileBug() {
        StruggleReport r = result.get();
        if (r == null) {
            return;
        }
        exports.write("File bug: save the suspected defects", r.feature().key() + "-bugs.md", file -> {
            List<BugReport.Bug> bugs = BugReport.bugs(r.feature(), r.bugSuspects());
            BugReport.write(bugs, file);
            return bugs.size();
        }, (bugs, path) -> String.format("%d suspected %s written to %s.", bugs, bugs == 1 ? "defect" : "defects", path),
                MARKDOWN, JIRA_CSV, GITHUB_JSON);
    }

    public ReadOnlyObjectProperty<StruggleReport> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<Set<SignalKind>> kindsProperty() {
        return kinds;
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
