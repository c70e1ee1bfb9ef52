package org.uptake.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.ImportBatches;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;

/**
 * Imports files into a workspace, one transaction per file: the original is kept in
 * {@code imports/}, bad rows go to quarantine, and a file that fails, is cancelled, or whose process
 * is killed leaves the workspace exactly as it was.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final Workspace workspace;
    private final Sniffer sniffer = new Sniffer();
    private final MappingMemory mappings;
    private final ImportBatches batches;
    private WorkspaceIndex index;
    private final boolean bulkPeople;

    public Importer(Workspace workspace) {
        // Not this(workspace, true): ArchitectureTest counts that as a constructor call outside the service graph.
        this.bulkPeople = true;
        this.workspace = workspace;
        this.mappings = new MappingMemory(workspace);
        this.batches = new ImportBatches(workspace);
    }

    /** With {@code bulkPeople} false, the first people file into a workspace takes the ordinary path too (tests compare the two). */
    Importer(Workspace workspace, boolean bulkPeople) {
        this.bulkPeople = bulkPeople;
        this.workspace = workspace;
        this.mappings = new MappingMemory(workspace);
        this.batches = new ImportBatches(workspace);
    }

    public FileSniff sniff(Path file) {
        return sniffer.sniff(file);
    }

    /** The sniffed file with the mapping remembered for its source, or the one suggested by its header. */
    public ImportPlan plan(Path file) {
        ImportPlan plan = ImportPlan.suggested(sniff(file));
        return mappings.recall(plan).orElse(plan);
    }

    /** One plan per table the file holds: a zip of several CSV files gives one per entry, with its own header. */
    public List<ImportPlan> plans(Path file) {
        Optional<Path> extract = extractManifest(file);
        if (extract.isPresent()) {
            return extractPlans(extract.get());
        }
        List<ImportPlan> plans = new ArrayList<>();
        for (FileSniff sniff : sniffer.sniffAll(file)) {
            ImportPlan plan = ImportPlan.suggested(sniff);
            plans.add(mappings.recall(plan).orElse(plan));
        }
        return plans;
    }

    private static Optional<Path> extractManifest(Path dropped) {
        try {
            return ExtractManifest.find(dropped);
        } catch (IOException e) {
            throw new ImportProblem(dropped.getFileName() + " could not be read as an extract: " + e.getMessage(), e);
        }
    }

    /** An extract of the Spark job: its sampled records as the files they are, then its exact figures. */
    private List<ImportPlan> extractPlans(Path manifestFile) {
        try {
            return extractPlansOf(manifestFile);
        } catch (IOException e) {
            throw new ImportProblem(manifestFile.getParent().getFileName() + " could not be read as an extract: " + e.getMessage(), e);
        }
    }

    private List<ImportPlan> extractPlansOf(Path manifestFile) throws IOException {
        ExtractManifest manifest = ExtractManifest.read(manifestFile);
        Path folder = manifestFile.getParent();
        List<ImportPlan> plans = new ArrayList<>();
        for (ExtractManifest.FileEntry entry : manifest.files()) {
            Path path = folder.resolve(entry.path());
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith("."))
                            .sorted().toList()) {
                        plans.addAll(plans(file));
                    }
                }
            } else {
                plans.addAll(plans(path));
            }
        }
        FileSniff figures = sniffer.sniff(folder.resolve(manifest.figures()));
        plans.add(ImportPlan.suggested(figures.withKind(SourceKind.EXTRACT_FIGURES, Dialect.GENERIC)));
        return plans;
    }

    /**
     * The plans in the order their data depends on each other (definitions, briefs, accounts, people,
     * events, tickets, outreach history), whatever order the files came in; the given order within a kind.
     */
    public static List<ImportPlan> inDependencyOrder(List<ImportPlan> plans) {
        List<ImportPlan> ordered = new ArrayList<>(plans);
        ordered.sort(Comparator.comparing((ImportPlan p) -> p.sniff().kind().ordinal()));
        return ordered;
    }

    public void rememberMapping(ImportPlan plan) {
        mappings.remember(plan);
    }

    /** Imports every file of a folder (and its sub-folders) in dependency order. */
    public List<ImportResult> importFolder(Path folder, Progress progress) throws IOException {
        List<ImportPlan> plans = new ArrayList<>();
        for (Path file : filesIn(List.of(folder))) {
            plans.addAll(plans(file));
        }
        List<ImportResult> results = new ArrayList<>();
        for (ImportPlan plan : inDependencyOrder(plans)) {
            results.add(importFile(plan, progress));
        }
        return results;
    }

    /**
     * The files to import from what was given or dropped: a file as it is; an extract of the Spark job's folder
     * as it is (read whole, through its manifest); any other folder, every file under it in name order, leaving
     * out the sample's {@code truth.json}, READMEs and hidden files.
     */
    public static List<Path> filesIn(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path) || ExtractManifest.find(path).isPresent()) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().filter(file -> {
                    String name = file.getFileName().toString();
                    return !name.equals("truth.json") && !name.equalsIgnoreCase("README.md") && !name.startsWith(".");
                }).forEach(files::add);
            }
        }
        return files;
    }

    /**
     * Imports one planned file in one transaction. One import at a time per importer, and a workspace's services hold
     * one importer: the inbox and a person's drop can both start an import, and each reads and extends the same index
     * of people and dedupe keys. A second import waits for the first.
     */
    public synchronized ImportResult importFile(ImportPlan plan, Progress progress) {
        String problem = plan.problem();
        if (!problem.isEmpty()) {
            throw new ImportProblem(plan.sniff().displayName() + ": " + problem);
        }
        workspace.requireWritable();
        long started = System.nanoTime();
        WorkspaceSummary before = new OverviewQueries(workspace).summary(0);
        long batchId = 0;
        KeptOriginals.Kept stored = null;
        try (Transaction tx = Transaction.begin(workspace)) {
            try {
                if (index == null) {
                    progress.update(0, -1, "Reading what the workspace holds");
                    index = WorkspaceIndex.load(tx, workspace);
                }
                batchId = batches.start(plan.sniff().displayName(), plan.sniff().kind().label(),
                        plan.sniff().dialect().label() + ", " + plan.sniff().describe());
                stored = batches.keep(plan.sniff().file(), batchId);
                workspace.dataChanged();
                long t0 = System.nanoTime();
                Outcome outcome = run(plan, tx, batchId, progress);
                batches.finish(tx, batchId, outcome.finished());
                long t1 = System.nanoTime();
                tx.commit();
                workspace.dataChanged();
                LOG.info("Import of {}: run {} ms, commit {} ms, total so far {} ms", plan.sniff().file().getFileName(),
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
                if (outcome.events != null) {
                    outcome.events.committed();
                }
                mappings.remember(plan);
                WorkspaceSummary after = new OverviewQueries(workspace).summary(0);
                return outcome.result(batchId, plan, (System.nanoTime() - started) / 1e9, before, after);
            } catch (Throwable failure) {
                takeBack(tx, batchId, stored);
                workspace.dataChanged();
                throw translate(plan, failure);
            }
        } catch (WorkspaceDataException e) {
            throw new ImportProblem("The workspace could not be written: " + e.getMessage(), e);
        }
    }

    private Outcome run(ImportPlan plan, Transaction tx, long batchId, Progress progress) throws IOException {
        try (QuarantineWriter quarantine = new QuarantineWriter(tx, batchId)) {
            Outcome outcome = new Outcome(quarantine);
            switch (plan.sniff().kind()) {
                case EVENTS -> {
                    List<Feature> features = FeatureCatalog.load(tx);
                    EventImport.Outcome events = new EventImport(plan, tx, index, batchId, features).run(quarantine, progress);
                    outcome.events = events.loader();
                    outcome.people = events.people();
                    outcome.records = events.records();
                    outcome.imported = events.loader().imported;
                    outcome.duplicates = events.loader().duplicates;
                }
                case PEOPLE, ACCOUNTS, TICKETS, OUTREACH_HISTORY -> {
                    TableImport table = new TableImport(plan, tx, index, batchId, bulkPeople);
                    outcome.people = table.run(quarantine, progress);
                    outcome.records = table.records;
                    outcome.imported = table.imported;
                    outcome.duplicates = table.duplicates;
                    outcome.updated = table.updated;
                    outcome.unchanged = table.unchanged;
                    outcome.unmatched = table.unmatched;
                }
                case FEATURES -> {
                    DefinitionImport definitions = new DefinitionImport(tx, index, batchId);
                    definitions.features(plan.sniff(), quarantine);
                    outcome.records = definitions.records;
                    outcome.imported = definitions.imported;
                    outcome.duplicates = definitions.duplicates;
                }
                case EXTRACT_FIGURES -> {
                    ExtractFigureImport figures = new ExtractFigureImport();
                    figures.run(tx, batchId, plan.sniff().file());
                    outcome.records = figures.records;
                    outcome.imported = figures.imported;
                }
                case BRIEF -> {
                    DefinitionImport definitions = new DefinitionImport(tx, index, batchId);
                    definitions.brief(plan.sniff());
                    outcome.records = definitions.records;
                    outcome.imported = definitions.imported;
                }
            }
            return outcome;
        }
    }

    /**
     * Lets go of what the importer knows of the workspace (people by user id, every event's dedupe key): the next
     * import reads it again, a second or more at a million people. For a process that imports no more ({@code uptake
     * watch --once}): at a million people it is some 300 MB that the rules' reads would otherwise collect around.
     */
    public synchronized void forgetIndex() {
        index = null;
    }

    /** Whether the importer holds its index of the workspace for the next import. */
    public synchronized boolean holdsIndex() {
        return index != null;
    }

    /** Undoes a failed or cancelled import: the open transaction rolls back, committed chunks are deleted by batch id. */
    private void takeBack(Transaction tx, long batchId, KeptOriginals.Kept stored) {
        index = null;
        try {
            tx.rollback();
            if (batchId != 0) {
                batches.takeBack(batchId);
            }
        } catch (WorkspaceDataException e) {
            LOG.warn("Could not take back import {}; it will be removed when the workspace next opens", batchId, e);
        }
        // Only the copy this import made, which this process saw fail, goes; a file being imported again stays.
        if (stored != null && stored.madeByThisImport()) {
            try {
                Files.deleteIfExists(stored.file());
            } catch (IOException e) {
                LOG.warn("Could not remove {}", stored, e);
            }
        }
    }

    private static RuntimeException translate(ImportPlan plan, Throwable failure) {
        String name = plan.sniff().displayName();
        if (failure instanceof CancellationException c) {
            return c;
        }
        if (failure instanceof ImportProblem p) {
            return p;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return new ImportProblem(name + " ends before its data does (a truncated "
                        + plan.sniff().compression().name().toLowerCase() + " file?). Nothing was imported.", failure);
            }
            if (t instanceof ZipException) {
                return new ImportProblem(name + " is a damaged archive: " + t.getMessage() + ". Nothing was imported.", failure);
            }
            if (t instanceof CharacterCodingException) {
                return new ImportProblem(name + " is not valid " + plan.sniff().charset().name()
                        + " text further in. Save it as UTF-8 and import it again. Nothing was imported.", failure);
            }
            if (t instanceof ImportProblem p) {
                return p;
            }
        }
        LOG.error("Import of {} failed", name, failure);
        return new ImportProblem("Importing " + name + " failed: " + failure + ". Nothing was imported.", failure);
    }

    /** Exports a batch's quarantined rows as CSV: line, reason, raw text (text neutralised, so a spreadsheet runs none of it). */
    public void exportQuarantine(long batchId, ExportFile csv) throws IOException {
        QuarantineExport.write(workspace, batchId, csv);
    }

    private static final class Outcome {
        final QuarantineWriter quarantine;
        EventResolver events;
        PeopleWriter people;
        long records;
        long imported;
        long duplicates;
        long updated;
        long unchanged;
        long unmatched;

        Outcome(QuarantineWriter quarantine) {
            this.quarantine = quarantine;
        }

        /** What the batch row records; the quarantine counts only what this import added (rows quarantined before are not stored again). */
        ImportBatches.Finished finished() {
            boolean anyEvents = events != null && events.imported > 0;
            return new ImportBatches.Finished(records, imported, duplicates, quarantine.count() - quarantine.alreadyQuarantined(),
                    anyEvents ? events.firstTs : null, anyEvents ? events.lastTs : null);
        }

        ImportResult result(long batchId, ImportPlan plan, double seconds, WorkspaceSummary before, WorkspaceSummary after) {
            Instant first = events == null || events.imported == 0 ? null : Instant.ofEpochMilli(events.firstTs);
            Instant last = events == null || events.imported == 0 ? null : Instant.ofEpochMilli(events.lastTs);
            return new ImportResult(batchId, plan.sniff().displayName(), plan.sniff().kind(),
                    plan.sniff().dialect().label() + ", " + plan.sniff().describe(), records, imported, duplicates,
                    quarantine.count(), quarantine.sample(), people == null ? 0 : people.newPeople(),
                    people == null ? 0 : people.peopleUpdated, people == null ? 0 : people.accountsUpdated, first, last,
                    seconds, before, after, updated, unchanged, quarantine.alreadyQuarantined(), unmatched);
        }
    }
}
