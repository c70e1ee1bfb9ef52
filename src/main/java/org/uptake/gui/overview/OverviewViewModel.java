package org.uptake.gui.overview;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uptake.extract.DataOrigin;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;

/** Loads what the workspace holds for the Overview screen. */
public final class OverviewViewModel {

    static final int RECENT_IMPORTS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("UTC"));

    private final OverviewQueries queries;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<WorkspaceSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final KeptOriginals kept;
    private final Path importsFolder;
    private final Consumer<List<Path>> importAgain;
    private final ObservableList<Path> unknownKept = FXCollections.observableArrayList();
    private final String readOnly;

    /**
     * @param importAgain starts the import wizard on files (the kept originals the database does not know)
     * @param readOnly why the workspace is read-only, or null
     */
    public OverviewViewModel(OverviewQueries queries, KeptOriginals kept, Path importsFolder, Consumer<List<Path>> importAgain,
            String readOnly, TaskExecutor executor, Notifier notifier) {
        this.queries = queries;
        this.kept = kept;
        this.importsFolder = importsFolder;
        this.importAgain = importAgain;
        this.readOnly = readOnly;
        this.executor = executor;
        this.notifier = notifier;
    }

    public void refresh() {
        executor.submit(BackgroundJob.of("Counting what the workspace holds", progress -> queries.summary(RECENT_IMPORTS))
                .onSuccess(summary::set)
                .onFailure(failure -> notifier.problem("Could not read the workspace", failure)));
        executor.submit(BackgroundJob.of("Reading where the data came from",
                progress -> queries.origin().map(DataOrigin::describe).orElse(""))
                .onSuccess(origin::set)
                .onFailure(failure -> notifier.problem("Could not read where the data came from", failure)));
        executor.submit(BackgroundJob.of("Looking for kept files the database does not know",
                progress -> kept.unknown().stream().map(importsFolder::resolve).toList())
                .onSuccess(unknownKept::setAll)
                .onFailure(failure -> notifier.problem("Could not list the kept files", failure)));
    }

    /**
     * The files in imports/ no finished import owns: the originals of imports a restored (older)
     * database does not know, or of an import that was killed; the Overview offers to import them again.
     */
    public ObservableList<Path> unknownKept() {
        return unknownKept;
    }

    /** Opens the import wizard on the kept files the database does not know. */
    public void importUnknownAgain() {
        if (!unknownKept.isEmpty()) {
            importAgain.accept(List.copyOf(unknownKept));
        }
    }

    /** Why the workspace is read-only (shown on the Overview), or empty. */
    public Optional<String> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    /** Where the data came from when it is an extract of the Spark job (cluster, date, sample), else empty. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
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
