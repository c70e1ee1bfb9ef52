package org.uptake.gui.features;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.uptake.adoption.DefinitionPreview;
import org.uptake.adoption.EventCatalogEntry;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.impact.MetricPreview;
import org.uptake.model.Feature;
import org.uptake.model.FeatureVersion;
import org.uptake.model.Figures;

/**
 * The feature editor's state: the searchable event catalogue and the events picked in it, the
 * form, the reason the definition cannot be saved yet (naming the field), a preview recomputed off
 * the FX thread a moment after the last change (latest wins), the definition's history, and saving.
 */
public final class FeatureEditorViewModel {

    /** What the editor needs from the open workspace. */
    public interface Services {
        List<EventCatalogEntry> catalogue();

        List<String> segments();

        DefinitionPreview.Counts preview(Feature draft);

        /** The draft's success metrics before launch and since. */
        List<MetricPreview.Values> metrics(Feature draft);

        /** Saves the definition, attaching the brief file when one is given; returns what to tell the person. */
        String save(Feature feature, Path brief) throws Exception;

        List<FeatureVersion> history(String key);

        /** The stored definition of a feature, for editing it. */
        Feature stored(String key);
    }

    private final Services services;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Duration debounce;
    private final Runnable onSaved;
    private final FeatureForm form = new FeatureForm();
    private final ObservableList<EventCatalogEntry> catalogue = FXCollections.observableArrayList();
    private final FilteredList<EventCatalogEntry> shownEvents = new FilteredList<>(catalogue);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<EventCatalogEntry> picked = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> suggestedLaunch = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DefinitionPreview.Counts> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<MetricPreview.Values>> metrics = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewStatus = new ReadOnlyStringWrapper("");
    private final ObservableList<FeatureVersion> history = FXCollections.observableArrayList();
    private final StringProperty briefFile = new SimpleStringProperty("");
    private final LatestJob previews;
    /** The success metrics count on their own: at a million people their first read is the slower half, and adopters need not wait. */
    private final LatestJob metricPreviews;
    /** The draft part the shown metric lines were counted for. */
    private MetricsOf metricsFor;

    /** {@code debounce}: how long the preview waits after a change before it counts (zero in tests). */
    public FeatureEditorViewModel(Services services, TaskExecutor executor, Notifier notifier, Duration debounce, Runnable onSaved) {
        this.services = services;
        this.executor = executor;
        this.notifier = notifier;
        this.debounce = debounce;
        this.onSaved = onSaved;
        this.previews = new LatestJob(executor);
        this.metricPreviews = new LatestJob(executor);
        search.addListener((obs, old, text) -> shownEvents.setPredicate(e -> e.matches(text)));
        picked.addListener((javafx.collections.ListChangeListener<EventCatalogEntry>) c ->
                suggestedLaunch.set(EventCatalogEntry.suggestedLaunch(picked)));
        form.parts().forEach(part -> part.addListener(obs -> changed()));
        changed();
    }

    /** Reads the catalogue and the segments (one pass over the events), off the FX thread. */
    public void load() {
        executor.submit(BackgroundJob.of("Reading the event catalogue", progress -> new Catalogue(services.catalogue(), services.segments()))
                .onSuccess(read -> {
                    catalogue.setAll(read.events());
                    segments.setAll(read.segments());
                })
                .onFailure(failure -> notifier.problem("Could not read the event catalogue", failure)));
    }

    private record Catalogue(List<EventCatalogEntry> events, List<String> segments) {
    }

    /** Starts from a stored feature: its fields and its history. */
    public void edit(String key) {
        executor.submit(BackgroundJob.of("Reading feature " + key, progress -> new Stored(services.stored(key), services.history(key)))
                .onSuccess(stored -> {
                    form.load(stored.feature());
                    history.setAll(stored.history());
                })
                .onFailure(failure -> notifier.problem("Could not read feature " + key, failure)));
    }

    private record Stored(Feature feature, List<FeatureVersion> history) {
    }

    private void changed() {
        FeatureForm.Built built = form.build();
        problem.set(built.problem() == null ? "" : built.problem());
        if (built.problem() != null) {
            previews.cancel();
            metricPreviews.cancel();
            preview.set(null);
            metrics.set(List.of());
            previewText.set("");
            previewStatus.set("Preview: complete the definition (" + built.problem() + ")");
            return;
        }
        previewStatus.set("Counting…");
        long wait = debounce.toMillis();
        Feature draft = built.feature();
        previews.submit("Previewing " + draft.key(), progress -> {
            // Typing is a burst of changes: wait for a pause so only the last one reads the events.
            pause(wait);
            return services.preview(draft);
        }, counts -> {
            preview.set(counts);
            // Metric lines of an earlier draft (another metric, another launch) are not shown beside these counts.
            previewText.set(describe(counts, MetricsOf.of(draft).equals(metricsFor) ? metrics.get() : List.of()));
            previewStatus.set("");
        }, () -> { }, failure -> previewStatus.set("Preview failed: " + failure.getMessage()));
        metricPreviews.submit("Previewing the success metrics of " + draft.key(), progress -> {
            pause(wait);
            return services.metrics(draft);
        }, values -> {
            metricsFor = MetricsOf.of(draft);
            metrics.set(values);
            previewText.set(describe(preview.get(), values));
        }, () -> { }, failure -> previewStatus.set("Preview of the success metrics failed: " + failure.getMessage()));
    }

    /** What the metric lines depend on: the metrics and the launch date. */
    private record MetricsOf(List<Feature.SuccessMetric> metrics, LocalDate launch) {
        static MetricsOf of(Feature draft) {
            return new MetricsOf(draft.successMetrics(), draft.launchedAt());
        }
    }

    private static void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Uses the first picked event as the adoption event. */
    public void useAsAdoption() {
        firstPicked().ifPresent(e -> form.adoptionEvent.set(e));
    }

    /** Appends the picked events to the funnel, in the order picked, leaving out steps already in it. */
    public void addToFunnel() {
        picked.stream().map(EventCatalogEntry::name).filter(n -> !form.funnel.contains(n)).forEach(form.funnel::add);
    }

    /** Uses the first picked event as the revert event. */
    public void useAsRevert() {
        firstPicked().ifPresent(e -> form.revertEvent.set(e));
    }

    /** Adds the picked events to the legacy events. */
    public void addToLegacy() {
        picked.stream().map(EventCatalogEntry::name).filter(n -> !form.legacyEvents.contains(n)).forEach(form.legacyEvents::add);
    }

    /** Sets the launch date to the first day of the picked events. */
    public void useSuggestedLaunch() {
        if (suggestedLaunch.get() != null) {
            form.launchedAt.set(suggestedLaunch.get().toString());
        }
    }

    /** Moves a funnel step one place earlier (-1) or later (+1). */
    public void moveStep(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= form.funnel.size() || to < 0 || to >= form.funnel.size()) {
            return;
        }
        String step = form.funnel.remove(index);
        form.funnel.add(to, step);
    }

    /** Adds a success metric: an event's property ({@code property} given) or tickets with tags (comma-separated). */
    public void addMetric(String name, String event, String property, String ticketTags, String better) {
        List<String> tags = ticketTags == null || ticketTags.isBlank() ? List.of()
                : java.util.Arrays.stream(ticketTags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        form.successMetrics.add(new Feature.SuccessMetric(blankAsNull(name), tags.isEmpty() ? blankAsNull(event) : null,
                tags.isEmpty() ? blankAsNull(property) : null, tags, better));
    }

    /** Saves the definition (and the attached brief) off the FX thread; refused with the field named when it is not valid. */
    public void save() {
        FeatureForm.Built built = form.build();
        if (built.problem() != null) {
            notifier.problem("The feature cannot be saved", new IllegalArgumentException(built.problem()));
            return;
        }
        Path brief = briefFile.get().isBlank() ? null : Path.of(briefFile.get().strip());
        String key = built.feature().key();
        executor.submit(BackgroundJob.of("Saving feature " + key, progress -> {
            String message = services.save(built.feature(), brief);
            return new Saved(message, services.history(key));
        }).onSuccess(saved -> {
            history.setAll(saved.history());
            notifier.done("Feature saved", saved.message());
            onSaved.run();
        }).onFailure(failure -> notifier.problem("Could not save feature " + key, failure)));
    }

    private record Saved(String message, List<FeatureVersion> history) {
    }

    private java.util.Optional<String> firstPicked() {
        return picked.stream().findFirst().map(EventCatalogEntry::name);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public FeatureForm form() {
        return form;
    }

    public ObservableList<EventCatalogEntry> shownEvents() {
        return shownEvents;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The events picked in the catalogue (the view keeps it in step with the table's selection). */
    public ObservableList<EventCatalogEntry> picked() {
        return picked;
    }

    public ReadOnlyObjectProperty<LocalDate> suggestedLaunchProperty() {
        return suggestedLaunch.getReadOnlyProperty();
    }

    public ObservableList<String> segments() {
        return segments;
    }

    /** Why the definition cannot be saved, naming the field; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DefinitionPreview.Counts> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The draft's success metrics before launch and since, as last previewed. */
    public ReadOnlyObjectProperty<List<MetricPreview.Values>> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    /** The preview in words: adopters, funnel counts, then one line per success metric. */
    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewStatusProperty() {
        return previewStatus.getReadOnlyProperty();
    }

    public ObservableBooleanValue busyProperty() {
        return previews.busyProperty().or(metricPreviews.busyProperty());
    }

    public ObservableList<FeatureVersion> history() {
        return history;
    }

    /** The Markdown brief to attach on saving (a file path), empty for none. */
    public StringProperty briefFileProperty() {
        return briefFile;
    }

    /**
     * The text of a preview: adopters of active people, the audience when the draft targets segments, funnel counts, and
     * each success metric before launch and since.
     */
    public static String describe(DefinitionPreview.Counts figures, List<MetricPreview.Values> metrics) {
        if (figures == null) {
            return "";
        }
        if (figures.summary() == null) {
            return "No events in this workspace yet.";
        }
        var s = figures.summary();
        StringBuilder text = new StringBuilder(String.format(Figures.LOCALE, "Adopters %s of %s active people (%s) since %s",
                Figures.count(s.adopters()), Figures.count(s.activePeople()),
                Figures.percent(s.adoptionRate(), 1), s.launchedAt()));
        if (s.targetAudience().isSegments()) {
            text.append(String.format(Figures.LOCALE, "%nTarget segments: %s of %s (%s)",
                    Figures.count(s.targetAudience().adopters()), Figures.count(s.targetAudience().activePeople()),
                    Figures.percent(s.targetAudience().adoptionRate(), 1)));
        }
        if (figures.funnel() != null) {
            figures.funnel().groups().forEach(g -> g.steps().forEach(step -> text.append(String.format(Figures.LOCALE,
                    "%n  %s: %s", step.name(), Figures.count(step.people())))));
        }
        metrics.forEach(m -> text.append(System.lineSeparator()).append(m.line()));
        return text.toString();
    }
}
