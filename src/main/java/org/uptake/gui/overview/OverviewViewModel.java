package org.uptake.gui.overview;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.OverviewQueries;

/** Loads what the workspace holds for the Overview screen. */
public final class OverviewViewModel {

    static final int RECENT_IMPORTS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("UTC"));

    private final OverviewQueries queries;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<WorkspaceSummary> summary = new ReadOnlyObjectWrapper<>();

    public OverviewViewModel(OverviewQueries queries, TaskExecutor executor, Notifier notifier) {
        this.queries = queries;
        this.executor = executor;
        this.notifier = notifier;
    }

    public void refresh() {
        executor.submit(BackgroundJob.of("Counting what the workspace holds", progress -> queries.summary(RECENT_IMPORTS))
                .onSuccess(summary::set)
                .onFailure(failure -> notifier.problem("Could not read the workspace", failure)));
    }

    public ReadOnlyObjectProperty<WorkspaceSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "3 Mar 2026 – 16 Mar 2026 (UTC)", or a hint when there are no events. */
    static String eventRange(WorkspaceSummary s) {
        Optional<Instant> first = s.firstEvent();
        Optional<Instant> last = s.lastEvent();
        if (first.isEmpty() || last.isEmpty()) {
            return "no events yet";
        }
        return DAY.format(first.get()) + " – " + DAY.format(last.get()) + " (UTC)";
    }
}
