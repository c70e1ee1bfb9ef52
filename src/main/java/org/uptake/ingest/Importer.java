package org.uptake.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.model.Feature;
import org.uptake.model.Progress;
import org.uptake.model.WorkspaceSummary;
import org.uptake.workspace.ExportFile;
import org.uptake.workspace.InterruptedImports;
import org.uptake.workspace.KeptOriginals;
import org.uptake.workspace.OverviewQueries;
import org.uptake.workspace.Workspace;

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
    private WorkspaceIndex index;

    public Importer(Workspace workspace) {
        this.workspace = workspace;
        this.mappings = new MappingMemory(workspace);
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
    public List<ImportPlan> plans(Path file) throws IOException {
        java.util.Optional<Path> extract = ExtractManifest.find(file);
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

    /** An extract of the Spark job: its sampled records as the files they are, then its exact figures. */
    private List<ImportPlan> extractPlans(Path manifestFile) throws IOException {
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
        if (ExtractManifest.find(folder).isPresent()) {
            plans.addAll(plans(folder));
        } else try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("truth.json") || name.equalsIgnoreCase("README.md") || name.startsWith(".")) {
                    continue;
                }
                plans.addAll(plans(file));
            }
        }
        List<ImportResult> results = new ArrayList<>();
        for (ImportPlan plan : inDependencyOrder(plans)) {
            results.add(importFile(plan, progress));
        }
        return results;
    }

    public ImportResult importFile(ImportPlan plan, Progress progress) {
        String problem = plan.problem();
        if (!problem.isEmpty()) {
            throw new ImportProblem(plan.sniff().displayName() + ": " + problem);
        }
        workspace.requireWritable();
        long started = System.nanoTime();
        WorkspaceSummary before = new OverviewQueries(workspace).summary(0);
        long batchId = 0;
        KeptOriginals.Kept stored = null;
        try (Connection c = workspace.connection()) {
            try {
                if (index == null) {
                    progress.update(0, -1, "Reading what the workspace holds");
                    index = WorkspaceIndex.load(c);
                }
                batchId = startBatch(c, plan);
                stored = new KeptOriginals(workspace).keep(c, plan.sniff().file(), batchId);
                c.setAutoCommit(false);
                workspace.dataChanged();
                long t0 = System.nanoTime();
                Outcome outcome = run(plan, c, batchId, progress);
                finishBatch(c, batchId, outcome);
                long t1 = System.nanoTime();
                c.commit();
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
                takeBack(c, batchId, stored);
                workspace.dataChanged();
                throw translate(plan, failure);
            }
        } catch (SQLException e) {
            throw new ImportProblem("The workspace could not be written: " + e.getMessage(), e);
        }
    }

    private Outcome run(ImportPlan plan, Connection c, long batchId, Progress progress) throws IOException, SQLException {
        try (QuarantineWriter quarantine = new QuarantineWriter(c, batchId)) {
            Outcome outcome = new Outcome(quarantine);
            switch (plan.sniff().kind()) {
                case EVENTS -> {
                    List<Feature> features = FeatureCatalog.load(c);
                    EventImport.Outcome events = new EventImport(plan, c, index, batchId, features).run(quarantine, progress);
                    outcome.events = events.loader();
                    outcome.people = events.people();
                    outcome.records = events.records();
                    outcome.imported = events.loader().imported;
                    outcome.duplicates = events.loader().duplicates;
                }
                case PEOPLE, ACCOUNTS, TICKETS, OUTREACH_HISTORY -> {
                    TableImport table = new TableImport(plan, c, index, batchId);
                    outcome.people = table.run(quarantine, progress);
                    outcome.records = table.records;
                    outcome.imported = table.imported;
                    outcome.duplicates = table.duplicates;
                    outcome.updated = table.updated;
                    outcome.unchanged = table.unchanged;
                }
                case FEATURES -> {
                    DefinitionImport definitions = new DefinitionImport(c, index, batchId);
                    definitions.features(plan.sniff(), quarantine);
                    outcome.records = definitions.records;
                    outcome.imported = definitions.imported;
                    outcome.duplicates = definitions.duplicates;
                }
                case EXTRACT_FIGURES -> {
                    ExtractFigureImport figures = new ExtractFigureImport();
                    figures.run(c, batchId, plan.sniff().file());
                    outcome.records = figures.records;
                    outcome.imported = figures.imported;
                }
                case BRIEF -> {
                    DefinitionImport definitions = new DefinitionImport(c, index, batchId);
                    definitions.brief(plan.sniff());
                    outcome.records = definitions.records;
                    outcome.imported = definitions.imported;
                }
            }
            return outcome;
        }
    }

    /** The batch row goes in first, committed, marked running: if the process dies, the next open finds and removes it. */
    private static long startBatch(Connection c, ImportPlan plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_batch (file_name, kind, format, status, started_at)"
                + " VALUES (?, ?, ?, 'running', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, plan.sniff().displayName());
            s.setString(2, plan.sniff().kind().label());
            s.setString(3, plan.sniff().dialect().label() + ", " + plan.sniff().describe());
            s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void finishBatch(Connection c, long batchId, Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE import_batch SET status = 'imported', finished_at = ?,"
                + " rows_read = ?, rows_imported = ?, duplicates_skipped = ?, rows_quarantined = ?, first_ts = ?, last_ts = ?"
                + " WHERE id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            s.setLong(2, outcome.records);
            s.setLong(3, outcome.imported);
            s.setLong(4, outcome.duplicates);
            // What this import added to the quarantine: rows quarantined before are not stored again.
            s.setLong(5, outcome.quarantine.count() - outcome.quarantine.alreadyQuarantined());
            if (outcome.events != null && outcome.events.imported > 0) {
                s.setLong(6, outcome.events.firstTs);
                s.setLong(7, outcome.events.lastTs);
            } else {
                s.setNull(6, java.sql.Types.BIGINT);
                s.setNull(7, java.sql.Types.BIGINT);
            }
            s.setLong(8, batchId);
            s.executeUpdate();
        }
    }

    /** Undoes a failed or cancelled import: the open transaction rolls back, committed chunks are deleted by batch id. */
    private void takeBack(Connection c, long batchId, KeptOriginals.Kept stored) {
        index = null;
        try {
            c.rollback();
            c.setAutoCommit(true);
            if (batchId != 0) {
                InterruptedImports.remove(workspace.dataSource(), batchId);
            }
        } catch (SQLException e) {
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

        Outcome(QuarantineWriter quarantine) {
            this.quarantine = quarantine;
        }

        ImportResult result(long batchId, ImportPlan plan, double seconds, WorkspaceSummary before, WorkspaceSummary after) {
            Instant first = events == null || events.imported == 0 ? null : Instant.ofEpochMilli(events.firstTs);
            Instant last = events == null || events.imported == 0 ? null : Instant.ofEpochMilli(events.lastTs);
            return new ImportResult(batchId, plan.sniff().displayName(), plan.sniff().kind(),
                    plan.sniff().dialect().label() + ", " + plan.sniff().describe(), records, imported, duplicates,
                    quarantine.count(), quarantine.sample(), people == null ? 0 : people.newPeople(),
                    people == null ? 0 : people.peopleUpdated, people == null ? 0 : people.accountsUpdated, first, last,
                    seconds, before, after, updated, unchanged, quarantine.alreadyQuarantined());
        }
    }
}
