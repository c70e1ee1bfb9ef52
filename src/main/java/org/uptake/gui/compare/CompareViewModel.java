package org.uptake.gui.compare;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.adoption.ComparedPeriods;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;

/**
 * The "Compare to" pane's state: the current window (empty: the last 14 data days), the other window (the
 * previous one of the same length, or two dates), and the comparison computed in the background, latest wins.
 */
public final class CompareViewModel {

    private final Comparer comparer;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty previous = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> otherFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> otherTo = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ComparedFigures> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final LatestJob job;

    public CompareViewModel(Comparer comparer, TaskExecutor executor, Notifier notifier, ObservableValue<FeatureRef> feature) {
        this.comparer = comparer;
        this.notifier = notifier;
        this.feature = feature;
        this.job = new LatestJob(executor);
        // A comparison of another feature would be misread as this one's.
        feature.addListener((obs, old, now) -> {
            job.cancel();
            result.set(null);
        });
    }

    /** Compares the windows as they are set now; a window that cannot be compared says why instead. */
    public void compare() {
        FeatureRef current = feature.getValue();
        if (current == null) {
            message.set("No feature to compare: import a features.json that defines one.");
            return;
        }
        String compareTo;
        if (previous.get()) {
            compareTo = ComparedPeriods.PREVIOUS;
        } else if (otherFrom.get() == null || otherTo.get() == null) {
            message.set("Pick the first and last day of the window to compare to.");
            return;
        } else if (otherTo.get().isBefore(otherFrom.get())) {
            message.set("The window to compare to ends before it starts.");
            return;
        } else {
            compareTo = otherFrom.get() + ".." + otherTo.get();
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set("The current window ends before it starts.");
            return;
        }
        LocalDate start = from.get();
        LocalDate end = to.get();
        message.set("");
        job.submit("Comparing windows of " + current.name(), progress -> comparer.compare(current.key(), start, end, compareTo),
                result::set, () -> { }, failure -> notifier.problem("Could not compare the windows of " + current.name(), failure));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** True: compare to the window just before; false: to {@link #otherFromProperty()}..{@link #otherToProperty()}. */
    public BooleanProperty previousProperty() {
        return previous;
    }

    public ObjectProperty<LocalDate> otherFromProperty() {
        return otherFrom;
    }

    public ObjectProperty<LocalDate> otherToProperty() {
        return otherTo;
    }

    public ReadOnlyObjectProperty<ComparedFigures> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }
}
