package org.uptake.gui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uptake.gui.common.BackgroundJob;
import org.uptake.gui.common.ExportTarget;
import org.uptake.gui.common.Exports;
import org.uptake.gui.common.Notifier;
import org.uptake.gui.common.TaskExecutor;
import org.uptake.ingest.ColumnMapping;
import org.uptake.ingest.Dialect;
import org.uptake.ingest.Field;
import org.uptake.ingest.FileSniff;
import org.uptake.ingest.Recognition;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportProblem;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.ingest.SourceKind;
import org.uptake.ingest.TimestampFormat;
import org.uptake.ingest.Validation;
import org.uptake.model.Progress;

/**
 * The import wizard's state: the dropped files and their plans, the step the analyst is on, the
 * running import's progress, and the results.
 */
public final class ImportViewModel {

    /** The wizard's pages, in order. */
    public enum Step {
        FILES("1  Files"),
        COLUMNS("2  Columns"),
        CHECK("3  Check"),
        IMPORTING("4  Import"),
        RESULT("5  Result");

        final String title;

        Step(String title) {
            this.title = title;
        }
    }

    static final int CHECK_ROWS = 2_000;

    private final Importer importer;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Exports exports;
    private final Runnable afterImport;
    private final ObservableList<FileEntry> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILES);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** Files whose rows match nobody in the workspace (tickets without a known requester, people only events name). */
    private final StringProperty warnings = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** Bumped whenever any file's plan or problem changes, so bindings over the files re-evaluate. */
    private final javafx.beans.property.IntegerProperty revision = new javafx.beans.property.SimpleIntegerProperty();
    private TaskExecutor.RunningJob running;

    public ImportViewModel(Importer importer, TaskExecutor executor, Notifier notifier, Runnable afterImport, ExportTarget exportTarget) {
        this.importer = importer;
        this.executor = executor;
        this.notifier = notifier;
        this.exports = new Exports(exportTarget, executor, notifier);
        this.afterImport = afterImport;
    }

    /** Adds files (from a drop or the file chooser) and reads each one's shape in the background. */
    public void addFiles(List<Path> given) {
        if (step.get() == Step.IMPORTING) {
            // Files added to a running import would be silently dropped: say so, and keep nothing half-added.
            message.set(given.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                    .collect(java.util.stream.Collectors.joining(", ")) + (given.size() == 1 ? " was" : " were")
                    + " not added: an import is running. Drop " + (given.size() == 1 ? "it" : "them") + " again when it ends.");
            return;
        }
        List<Path> paths;
        try {
            // A folder is read as the CLI reads it: every file under it.
            paths = Importer.filesIn(given);
        } catch (java.io.IOException e) {
            notifier.problem("Could not read the dropped folder", e);
            return;
        }
        if (step.get() == Step.RESULT) {
            reset();
        }
        for (Path path : paths) {
            if (files.stream().anyMatch(f -> f.file().equals(path))) {
                continue;
            }
            FileEntry entry = new FileEntry(path);
            entry.planProperty().addListener((obs, old, now) -> revision.set(revision.get() + 1));
            entry.problemProperty().addListener((obs, old, now) -> revision.set(revision.get() + 1));
            files.add(entry);
            executor.submit(BackgroundJob.of("Reading " + entry.name(), p -> importer.plans(path))
                    .onSuccess(plans -> {
                        // A zip of several tables: one entry per table, each with its own header and mapping.
                        for (int i = 0; i < plans.size(); i++) {
                            FileEntry table = i == 0 ? entry : new FileEntry(path);
                            if (i > 0) {
                                table.planProperty().addListener((obs, old, now) -> revision.set(revision.get() + 1));
                                files.add(files.indexOf(entry) + i, table);
                            }
                            table.planProperty().set(plans.get(i));
                            table.statusProperty().set(statusOf(plans.get(i)));
                        }
                    })
                    .onFailure(failure -> {
                        entry.problemProperty().set(rootMessage(failure));
                        entry.statusProperty().set("Cannot be imported");
                    }));
        }
        if (selected.get() == null && !files.isEmpty()) {
            selected.set(files.get(0));
        }
        step.set(Step.FILES);
    }

    public void remove(FileEntry entry) {
        files.remove(entry);
        if (selected.get() == entry) {
            selected.set(files.isEmpty() ? null : files.get(0));
        }
    }

    /** The analyst corrects what the file holds; the mapping is suggested afresh for the new kind. */
    public void changeKind(FileEntry entry, SourceKind kind, Dialect dialect) {
        ImportPlan plan = entry.plan();
        if (plan == null || plan.sniff().kind() == kind && plan.sniff().dialect() == dialect) {
            return;
        }
        entry.planProperty().set(ImportPlan.suggested(plan.sniff().withKind(kind, dialect)));
        entry.statusProperty().set(statusOf(entry.plan()));
        entry.validationProperty().set(null);
    }

    public void mapColumn(FileEntry entry, Field field, String column) {
        ColumnMapping mapping = entry.plan().mapping().withColumn(field, column);
        if (field == Field.TIMESTAMP || field == Field.TICKET_CREATED_AT) {
            mapping = mapping.withTimestamps(ImportPlan.detectTimestamps(entry.plan().sniff(), mapping), mapping.timeZone());
        }
        entry.planProperty().set(entry.plan().withMapping(mapping));
        entry.statusProperty().set(statusOf(entry.plan()));
        entry.validationProperty().set(null);
    }

    /** What the file's row in the list says it holds: the sniffer's words while a guess, the kind once it is settled. */
    static String statusOf(ImportPlan plan) {
        FileSniff sniff = plan.sniff();
        if (sniff.recognition() == Recognition.Level.NOT_RECOGNISED && plan.problem().isEmpty()) {
            return sniff.kind().label() + " · columns mapped by you";
        }
        return sniff.recognisedAs();
    }

    public void setTimestamps(FileEntry entry, TimestampFormat format, String zone) {
        entry.planProperty().set(entry.plan().withMapping(entry.plan().mapping().withTimestamps(format, zone)));
        entry.validationProperty().set(null);
    }

    public void next() {
        switch (step.get()) {
            case FILES -> step.set(Step.COLUMNS);
            case COLUMNS -> check();
            case CHECK -> startImport();
            default -> { }
        }
    }

    public void back() {
        switch (step.get()) {
            case COLUMNS -> step.set(Step.FILES);
            case CHECK -> step.set(Step.COLUMNS);
            default -> { }
        }
    }

    /** The dry run over each file's first rows, before anything is written. */
    public void check() {
        List<FileEntry> entries = ready();
        busy.set(true);
        executor.submit(BackgroundJob.of("Checking files", p -> {
            List<Validation.Summary> summaries = new ArrayList<>();
            for (FileEntry entry : entries) {
                summaries.add(Validation.check(entry.plan(), CHECK_ROWS));
            }
            return summaries;
        }).onSuccess(summaries -> {
            busy.set(false);
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).validationProperty().set(summaries.get(i));
            }
            step.set(Step.CHECK);
        }).onFailure(failure -> {
            busy.set(false);
            notifier.problem("Could not check the files", failure);
        }));
    }

    /** Imports every importable file in turn, each in its own transaction. */
    public void startImport() {
        List<FileEntry> entries = ready();
        step.set(Step.IMPORTING);
        busy.set(true);
        message.set("");
        warnings.set("");
        long started = System.nanoTime();
        // The bar follows the bytes read, which track the rows: a small file is a small step, a large one a long stretch.
        long totalBytes = Math.max(1, entries.stream().mapToLong(e -> Math.max(1, e.plan().sniff().sizeBytes())).sum());
        running = executor.submit(BackgroundJob.of("Importing", progress -> {
            long bytesBefore = 0;
            for (int i = 0; i < entries.size(); i++) {
                FileEntry entry = entries.get(i);
                executor.onUiThread(() -> entry.statusProperty().set("Importing…"));
                long fileBytes = Math.max(1, entry.plan().sniff().sizeBytes());
                long doneBefore = bytesBefore;
                bytesBefore += fileBytes;
                ImportResult result;
                try {
                    result = importer.importFile(entry.plan(), new Progress() {
                        @Override
                        public void update(long done, long total, String text) {
                            progress.update(done, total, text);
                            // A step of unknown length (reading the workspace, rollups) keeps the bar where it is.
                            double fraction = total <= 0 ? -1 : (doneBefore + fileBytes * Math.min(1, done / (double) total)) / totalBytes;
                            executor.onUiThread(() -> {
                                if (fraction >= 0) {
                                    ImportViewModel.this.progress.set(fraction);
                                }
                                progressText.set(text);
                            });
                        }

                        @Override
                        public boolean isCancelled() {
                            return progress.isCancelled();
                        }
                    });
                } catch (ImportProblem problem) {
                    executor.onUiThread(() -> {
                        entry.problemProperty().set(problem.getMessage());
                        entry.statusProperty().set("Not imported");
                    });
                    continue;
                }
                executor.onUiThread(() -> {
                    entry.resultProperty().set(result);
                    entry.statusProperty().set(String.format("%,d imported", result.imported()));
                    if (!result.matchWarning().isEmpty()) {
                        warnings.set((warnings.get().isEmpty() ? "" : warnings.get() + "\n") + entry.name() + ": " + result.matchWarning());
                    }
                });
            }
            return (System.nanoTime() - started) / 1e9;
        }).onSuccess(seconds -> {
            busy.set(false);
            step.set(Step.RESULT);
            afterImport.run();
        }).onCancelled(() -> {
            busy.set(false);
            message.set("Import cancelled: the file being imported left nothing behind; files imported before it are kept.");
            step.set(Step.RESULT);
            afterImport.run();
        }).onFailure(failure -> {
            busy.set(false);
            step.set(Step.RESULT);
            notifier.problem("The import failed", failure);
            afterImport.run();
        }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void reset() {
        files.clear();
        selected.set(null);
        progress.set(0);
        progressText.set("");
        message.set("");
        warnings.set("");
        step.set(Step.FILES);
    }

    /** The files that can be imported, in dependency order (definitions, briefs, accounts, people, events, tickets, outreach). */
    private List<FileEntry> importable() {
        return files.stream().filter(FileEntry::importable)
                .sorted(java.util.Comparator.comparing((FileEntry f) -> f.plan().sniff().kind().ordinal())).toList();
    }

    /** The importable files whose columns are settled: these go ahead while another file still waits for its mapping. */
    private List<FileEntry> ready() {
        return importable().stream().filter(f -> f.plan().problem().isEmpty()).toList();
    }

    /** Why the wizard cannot go on from this step; or, when some files can, which files wait and why; or empty. */
    public String blockerOrWaiting() {
        String blocker = blocker();
        if (!blocker.isEmpty() || step.get() == Step.IMPORTING || step.get() == Step.RESULT) {
            return blocker;
        }
        List<FileEntry> waiting = importable().stream().filter(f -> !f.plan().problem().isEmpty()).toList();
        if (waiting.isEmpty()) {
            return "";
        }
        return waiting.size() == 1 ? waiting.get(0).name() + " waits for its columns; the other files go ahead without it."
                : waiting.size() + " files wait for their columns; the other files go ahead without them.";
    }

    /** Why the wizard cannot go on from this step, or empty. */
    public String blocker() {
        if (files.isEmpty()) {
            return "Drop export files here, or add them with the button.";
        }
        if (files.stream().anyMatch(f -> f.plan() == null && f.problemProperty().get().isEmpty())) {
            return "Reading files…";
        }
        if (importable().isEmpty()) {
            return "None of these files can be imported.";
        }
        if ((step.get() == Step.COLUMNS || step.get() == Step.CHECK) && ready().isEmpty()) {
            FileEntry first = importable().get(0);
            return first.name() + ": " + first.plan().problem();
        }
        return "";
    }

    /** True while the Next button may be pressed; recomputed when anything it depends on changes. */
    public BooleanBinding canGoOn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && blocker().isEmpty(), files, step, busy, selected, revision);
    }

    public javafx.beans.binding.StringBinding blockerText() {
        return Bindings.createStringBinding(this::blockerOrWaiting, files, step, busy, selected, revision);
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (!(t instanceof ImportProblem) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public ObservableList<FileEntry> files() {
        return files;
    }

    public ObjectProperty<FileEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty warningsProperty() {
        return warnings;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Asks where, then writes the file's quarantined rows (all of them, not only the sample shown) as CSV in the background. */
    public void exportQuarantine(FileEntry entry) {
        ImportResult result = entry == null ? null : entry.resultProperty().get();
        if (result == null) {
            return;
        }
        // "quarantine-clicks.csv", not "quarantine-clicks.csv.csv".
        String base = entry.name().replaceFirst("(\\.[A-Za-z0-9]+)+$", "");
        exports.write("Export quarantined rows", "quarantine-" + base + ".csv", file -> {
            importer.exportQuarantine(result.batchId(), file);
            return entry.name();
        }, (name, path) -> "The quarantined rows of " + name + " written to " + path + ".", Exports.CSV);
    }
}
