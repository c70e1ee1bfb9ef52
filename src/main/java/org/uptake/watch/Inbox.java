package org.uptake.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uptake.ingest.ImportPlan;
import org.uptake.ingest.ImportResult;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.InboxLog;

/**
 * The inbox folders: new files there import through the same {@link Importer} as a drop (one atomic
 * import per file). A file is taken only once its size and modification time are the same at two
 * looks in a row, so a file still being written waits; {@code .part} and {@code .tmp} names are never
 * taken. A file that fails moves to the inbox's {@code failed/} folder with a {@code .why.txt} note.
 * Nothing is deleted: imported files stay where they are, and the log remembers them.
 */
public final class Inbox {

    public static final String FAILED = "failed";
    static final String WHY = ".why.txt";
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final Supplier<List<Path>> folders;
    private final Importer importer;
    private final InboxLog log;
    private final Clock clock;
    private final Map<Path, List<Long>> lastLook = new HashMap<>();

    /** {@code folders} is asked at every look, so a changed setting takes effect without a restart. */
    public Inbox(Supplier<List<Path>> folders, Importer importer, InboxLog log, Clock clock) {
        this.folders = folders;
        this.importer = importer;
        this.log = log;
        this.clock = clock;
    }

    /** Nothing more will be imported through this inbox's importer by this process: what it keeps for the next import can go. */
    void importsEnded() {
        importer.forgetIndex();
    }

    /** One look at the folders: the new files whose size and time have not changed since the previous look. */
    public List<Path> look() throws IOException {
        Map<Path, List<Long>> now = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        for (Path folder : folders.get()) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : candidates(folder)) {
                List<Long> state;
                try {
                    state = List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis());
                } catch (IOException gone) {
                    continue;
                }
                if (log.taken(key(file), state.get(0), state.get(1))) {
                    continue;
                }
                now.put(file, state);
                if (state.equals(lastLook.get(file))) {
                    ready.add(file);
                }
            }
        }
        lastLook.clear();
        lastLook.putAll(now);
        return ready;
    }

    /**
     * Imports the files, in the order their data depends on each other (definitions, people, events,
     * tickets). Each file is its own import: a failed one leaves the workspace as it was and moves aside.
     */
    public List<InboxFile> take(List<Path> files, Progress progress) {
        List<ImportPlan> plans = new ArrayList<>();
        Map<ImportPlan, Path> planned = new java.util.IdentityHashMap<>();
        List<InboxFile> done = new ArrayList<>();
        Map<Path, String> failed = new HashMap<>();
        for (Path file : files) {
            try {
                for (ImportPlan p : importer.plans(file)) {
                    plans.add(p);
                    planned.put(p, file);
                }
            } catch (RuntimeException e) {
                failed.put(file, e.getMessage());
            }
        }
        Map<Path, Long> rows = new HashMap<>();
        for (ImportPlan plan : Importer.inDependencyOrder(plans)) {
            Path file = planned.get(plan);
            if (failed.containsKey(file)) {
                continue;
            }
            if (progress.isCancelled()) {
                throw new CancellationException("Inbox import cancelled");
            }
            try {
                ImportResult result = importer.importFile(plan, progress);
                rows.merge(file, result.imported(), Long::sum);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.put(file, e.getMessage());
            }
        }
        for (Path file : files) {
            if (failed.containsKey(file)) {
                done.add(fail(file, failed.get(file)));
            } else {
                record(file, "imported", null);
                done.add(new InboxFile(file, true, rows.getOrDefault(file, 0L), null, null));
            }
            lastLook.remove(file);
        }
        return done;
    }

    private InboxFile fail(Path file, String why) {
        String note = why == null || why.isBlank() ? "The import failed without a reason." : why;
        record(file, "failed", note);
        Path failedFolder = inboxOf(file).resolve(FAILED);
        try {
            Files.createDirectories(failedFolder);
            Path target = free(failedFolder, file.getFileName().toString());
            move(file, target);
            Path why2 = target.resolveSibling(target.getFileName() + WHY);
            Path temp = Files.createTempFile(failedFolder, ".why", ".tmp");
            Files.writeString(temp, "Uptake could not import " + file + ":\n" + note + "\n", StandardCharsets.UTF_8);
            move(temp, why2);
            LOG.warn("Inbox file {} failed and moved to {}: {}", file, target, note);
            return new InboxFile(file, false, 0, note, target);
        } catch (IOException e) {
            LOG.warn("Inbox file {} failed ({}) and could not be moved to {}", file, note, failedFolder, e);
            return new InboxFile(file, false, 0, note + " (it stays in the inbox: " + e.getMessage() + ")", null);
        }
    }

    private void record(Path file, String outcome, String note) {
        try {
            log.record(new InboxLog.Entry(key(file), Files.size(file), Files.getLastModifiedTime(file).toMillis(), outcome, null, note,
                    clock.instant()));
        } catch (IOException e) {
            LOG.warn("Could not log inbox file {}", file, e);
        }
    }

    /** The inbox folder a file was found under (files may sit in sub-folders, e.g. one per day). */
    private Path inboxOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return folders.get().stream().map(f -> f.toAbsolutePath().normalize()).filter(absolute::startsWith).findFirst()
                .orElse(absolute.getParent());
    }

    private static List<Path> candidates(Path folder) throws IOException {
        Path failed = folder.resolve(FAILED);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(failed)).filter(Inbox::wanted).sorted().toList();
        }
    }

    /** Files being written ({@code .part}, {@code .tmp}), hidden files and notes are never taken. */
    static boolean wanted(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".part") && !lower.endsWith(".tmp") && !lower.endsWith(WHY)
                && !lower.equals("truth.json") && !lower.equals("readme.md");
    }

    private static Path free(Path folder, String name) {
        Path target = folder.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(i + "-" + name);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
