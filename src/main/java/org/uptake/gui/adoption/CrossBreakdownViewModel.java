package org.uptake.gui.adoption;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.uptake.adoption.CrossBreakdown;
import org.uptake.adoption.CrossTabulation;
import org.uptake.adoption.PeopleQuery;
import org.uptake.gui.common.LatestJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.FeatureRef;

/**
 * The cross breakdown's state: two attributes (segment × plan to start) over the Adoption screen's
 * feature and window, recomputed in the background when any of them changes (latest wins).
 */
public final class CrossBreakdownViewModel {

    /** The name of the totals row and column, and of everyone. */
    public static final String ALL = "all";

    private final CrossTabulation tabulation;
    private final Notifier notifier;
    private final ObservableValue<FeatureRef> feature;
    private final ObservableValue<LocalDate> from;
    private final ObservableValue<LocalDate> to;
    private final ObjectProperty<String> rows = new SimpleObjectProperty<>("segment");
    private final ObjectProperty<String> columns = new SimpleObjectProperty<>("plan");
    private final ReadOnlyObjectWrapper<CrossBreakdown> result = new ReadOnlyObjectWrapper<>();
    private final LatestJob job;

    /** The pivot of {@code feature} over the window {@code from}..{@code to} (nulls: launch and the last event). */
    public CrossBreakdownViewModel(CrossTabulation tabulation, TaskExecutor executor, Notifier notifier, ObservableValue<FeatureRef> feature,
            ObservableValue<LocalDate> from, ObservableValue<LocalDate> to) {
        this.tabulation = tabulation;
        this.notifier = notifier;
        this.feature = feature;
        this.from = from;
        this.to = to;
        this.job = new LatestJob(executor);
        for (ObservableValue<?> input : java.util.List.of(feature, from, to, rows, columns)) {
            input.addListener((obs, old, now) -> refresh());
        }
    }

    public void refresh() {
        FeatureRef current = feature.getValue();
        String rowBy = rows.get();
        String columnBy = columns.get();
        if (current == null || rowBy == null || columnBy == null || rowBy.equals(columnBy)) {
            // Two different attributes make a pivot; one twice is only the single breakdown beside it.
            job.cancel();
            result.set(null);
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        job.submit("Breaking down the adoption of " + current.name(), progress -> tabulation.of(current.key(), start, end, rowBy, columnBy),
                result::set, () -> { }, failure -> notifier.problem("Could not break down the adoption of " + current.name(), failure));
    }

    /** The people behind a cell, a row's or a column's total ({@link #ALL} for the totals), or everyone active. */
    public PeopleQuery peopleOf(String rowValue, String columnValue) {
        CrossBreakdown shown = result.get();
        boolean allRows = ALL.equals(rowValue);
        boolean allColumns = ALL.equals(columnValue);
        if (allRows && allColumns) {
            return PeopleQuery.of(PeopleQuery.Kind.ACTIVE);
        }
        if (allRows) {
            return PeopleQuery.breakdown(shown.columnAttribute(), columnValue);
        }
        if (allColumns) {
            return PeopleQuery.breakdown(shown.rowAttribute(), rowValue);
        }
        return PeopleQuery.cell(shown.rowAttribute(), rowValue, shown.columnAttribute(), columnValue);
    }

    public ObjectProperty<String> rowsProperty() {
        return rows;
    }

    public ObjectProperty<String> columnsProperty() {
        return columns;
    }

    public ReadOnlyObjectProperty<CrossBreakdown> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }
}
