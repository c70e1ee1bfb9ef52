package org.uptake.gui.features;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uptake.ingest.FeatureRules;
import org.uptake.model.Feature;

/**
 * The feature editor's fields as the person types them, and the definition they make: text that is
 * not a date or a number is refused naming the field as features.json names it, then the importer's
 * own rules apply.
 */
public final class FeatureForm {

    final StringProperty key = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty launchedAt = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");
    final ObservableList<String> targetSegments = FXCollections.observableArrayList();
    final StringProperty adoptionEvent = new SimpleStringProperty("");
    final StringProperty target = new SimpleStringProperty("0.25");
    final StringProperty withinDays = new SimpleStringProperty("30");
    final ObservableList<String> funnel = FXCollections.observableArrayList();
    final StringProperty revertEvent = new SimpleStringProperty("");
    final ObservableList<String> legacyEvents = FXCollections.observableArrayList();
    final ObservableList<Feature.SuccessMetric> successMetrics = FXCollections.observableArrayList();
    final StringProperty brief = new SimpleStringProperty("");
    /** Parts of a loaded definition the form does not show, kept so saving loses nothing. */
    private List<String> usageEvents = List.of();
    private List<String> rageClickIgnore = List.of();

    /** What the fields make: a definition, or the reason it cannot be one. */
    public record Built(Feature feature, String problem) {
    }

    /** Everything whose change makes a new definition. */
    List<javafx.beans.Observable> parts() {
        return List.of(key, name, launchedAt, problem, targetSegments, adoptionEvent, target, withinDays, funnel, revertEvent,
                legacyEvents, successMetrics, brief);
    }

    Built build() {
        String k = key.get().strip();
        LocalDate launch;
        try {
            launch = launchedAt.get().isBlank() ? null : LocalDate.parse(launchedAt.get().strip());
        } catch (DateTimeParseException e) {
            return new Built(null, "launchedAt must be a date like 2026-03-02 (it is '" + launchedAt.get() + "')");
        }
        double share;
        try {
            share = Double.parseDouble(target.get().strip());
        } catch (NumberFormatException e) {
            return new Built(null, "adoption.target must be a share between 0 and 1 (it is '" + target.get() + "')");
        }
        int days;
        try {
            days = Integer.parseInt(withinDays.get().strip());
        } catch (NumberFormatException e) {
            return new Built(null, "adoption.withinDays must be a whole number of days (it is '" + withinDays.get() + "')");
        }
        Feature feature = new Feature(k.isEmpty() ? null : k, blankAsNull(name.get()), launch, blankAsNull(problem.get()),
                List.copyOf(targetSegments), adoptionEvent.get().isBlank() ? null
                        : new Feature.AdoptionGoal(adoptionEvent.get().strip(), share, days), List.copyOf(funnel),
                blankAsNull(revertEvent.get()), List.copyOf(legacyEvents), usageEvents, List.copyOf(successMetrics),
                blankAsNull(brief.get()), rageClickIgnore);
        return new Built(feature, FeatureRules.problem(feature));
    }

    /** Fills the fields from a stored definition (editing an existing feature). */
    void load(Feature f) {
        key.set(f.key());
        name.set(orEmpty(f.name()));
        launchedAt.set(f.launchedAt() == null ? "" : f.launchedAt().toString());
        problem.set(orEmpty(f.problem()));
        targetSegments.setAll(f.targetSegments());
        adoptionEvent.set(f.adoption() == null ? "" : f.adoption().event());
        target.set(f.adoption() == null ? "0.25" : Double.toString(f.adoption().target()));
        withinDays.set(f.adoption() == null ? "30" : Integer.toString(f.adoption().withinDays()));
        funnel.setAll(f.funnel());
        revertEvent.set(orEmpty(f.revertEvent()));
        legacyEvents.setAll(f.legacyEvents());
        successMetrics.setAll(f.successMetrics());
        brief.set(orEmpty(f.brief()));
        usageEvents = f.usageEvents();
        rageClickIgnore = f.rageClickIgnore();
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty launchedAtProperty() {
        return launchedAt;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<String> targetSegments() {
        return targetSegments;
    }

    public StringProperty adoptionEventProperty() {
        return adoptionEvent;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty withinDaysProperty() {
        return withinDays;
    }

    public ObservableList<String> funnel() {
        return funnel;
    }

    public StringProperty revertEventProperty() {
        return revertEvent;
    }

    public ObservableList<String> legacyEvents() {
        return legacyEvents;
    }

    public ObservableList<Feature.SuccessMetric> successMetrics() {
        return successMetrics;
    }

    public StringProperty briefProperty() {
        return brief;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
