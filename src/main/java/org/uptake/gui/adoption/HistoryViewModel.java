package org.uptake.gui.adoption;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.adoption.AdopterRetention;
import org.uptake.adoption.LaunchCurve;
import org.uptake.adoption.Retention;
import org.uptake.adoption.TargetAdvice;
import org.uptake.adoption.TargetHistory;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.Feature;
import org.uptake.model.FeatureRef;
import org.uptake.model.Figures;

/**
 * The Adoption screen's look back and look ahead: how past launches adopted and where the shown
 * feature's target (or a proposed one) sits among them, and who of its adopters stays. One
 * background read per feature; a proposed target is placed again without reading anything.
 */
public final class HistoryViewModel {

    /** What one read gives: every launch's curve, the past ones among them, and the feature's retention. */
    public record History(Feature feature, List<LaunchCurve> launches, List<LaunchCurve> past, AdopterRetention retention) {
    }

    private final TargetHistory targets;
    private final Retention retention;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final LatestJob job;
    private final ReadOnlyObjectWrapper<History> history = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Double> proposed = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stickiness = new ReadOnlyStringWrapper("");

    public HistoryViewModel(TargetHistory targets, Retention retention, TaskExecutor executor, Notifier notifier,
            ObservableValue<FeatureRef> feature) {
        this.targets = targets;
        this.retention = retention;
        this.notifier = notifier;
        this.feature = feature;
        this.job = new LatestJob(executor);
        feature.addListener((obs, old, now) -> refresh());
        proposed.addListener((obs, old, now) -> place());
        history.addListener((obs, old, now) -> {
            place();
            stickiness.set(now == null ? "" : stickinessText(now.retention()));
        });
    }

    /** Reads the launches and the feature's retention in the background; only the latest request's result is shown. */
    public void refresh() {
        FeatureRef current = feature.getValue();
        if (current == null) {
            job.cancel();
            history.set(null);
            return;
        }
        job.submit("Reading past launches and who stays with " + current.name(), progress -> {
            List<LaunchCurve> launches = targets.launches();
            return new History(targets.feature(current.key()), launches, targets.past(launches), retention.of(current.key()));
        }, history::set, () -> { }, failure -> notifier.problem("Could not read past launches of " + current.name(), failure));
    }

    private void place() {
        History h = history.get();
        if (h == null) {
            advice.set("");
            return;
        }
        double target = proposed.get() == null ? h.feature().adoption().target() : proposed.get();
        TargetAdvice a = TargetHistory.advise(h.feature(), target,
                TargetHistory.nearestHorizon(h.feature().adoption().withinDays()), h.past());
        StringBuilder text = new StringBuilder(a.verdict());
        if (a.median() != null) {
            text.append(" Suggested: ").append(Figures.percent(a.median(), 1)).append(" (median) or ")
                    .append(Figures.percent(a.p75(), 1)).append(" (75th percentile) at ").append(a.horizon()).append(" days.");
        }
        if (a.warning() != null) {
            text.append(' ').append(a.warning());
        }
        advice.set(text.toString());
    }

    /** Rows of the past launches' table: name, launch day, then adoption at each horizon ("" when censored). */
    public List<String[]> curveRows() {
        History h = history.get();
        List<String[]> rows = new ArrayList<>();
        if (h != null) {
            for (LaunchCurve c : h.past()) {
                List<String> cells = new ArrayList<>(List.of(c.name(), c.launchedAt().toString(), Figures.percent(c.target(), 0)
                        + " in " + c.withinDays() + " days"));
                c.overall().forEach(p -> cells.add(p.censored() ? "" : Figures.percent(p.rate(), 1)));
                rows.add(cells.toArray(String[]::new));
            }
        }
        return rows;
    }

    /** Rows of the cohort triangle: adoption week, adopters, then the share still using it each week after ("" when censored). */
    public List<String[]> cohortRows() {
        History h = history.get();
        List<String[]> rows = new ArrayList<>();
        if (h != null) {
            for (AdopterRetention.Cohort c : h.retention().cohorts()) {
                List<String> cells = new ArrayList<>(List.of(c.weekStart().toString(), Figures.count(c.adopters())));
                c.shares().forEach(s -> cells.add(s == null ? "" : Figures.percent(s, 0)));
                rows.add(cells.toArray(String[]::new));
            }
        }
        return rows;
    }

    private static String stickinessText(AdopterRetention r) {
        List<String> weeks = r.weeks().stream().map(w -> w.start() + ": " + Figures.percent(w.stickiness(), 0)).toList();
        String text = "Stickiness (adopters using it that week ÷ adopters so far): "
                + (weeks.isEmpty() ? "no complete week yet." : String.join(" · ", weeks) + ".");
        return r.caveat() == null ? text : text + " Caveat: " + r.caveat() + ".";
    }

    public ReadOnlyObjectProperty<History> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /**
     * Places a target the PM types: "30%", "30" or "0.3"; empty goes back to the feature's own.
     * Anything else, or a share outside (0, 1], is named in the advice and nothing changes.
     */
    public void propose(String text) {
        String t = text == null ? "" : text.strip().replace("%", "").strip();
        if (t.isEmpty()) {
            proposed.set(null);
            place();
            return;
        }
        try {
            double value = Double.parseDouble(t);
            double share = text.contains("%") || value > 1 ? value / 100 : value;
            if (share > 0 && share <= 1) {
                proposed.set(share);
                place();
                return;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below: the PM sees what was not understood.
        }
        advice.set("'" + text.strip() + "' is not a target: type a share such as 30% or 0.3.");
    }

    /** A target being considered (a share); null places the feature's own target. */
    public ObjectProperty<Double> proposedProperty() {
        return proposed;
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stickinessProperty() {
        return stickiness.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }
}
