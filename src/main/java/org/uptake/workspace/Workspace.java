package org.uptake.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An open workspace folder: the H2 database ({@code workspace.mv.db}), the {@code imports/} and
 * {@code exports/} folders, and the lock that makes this window its only writer.
 */
public final class Workspace implements AutoCloseable {

    public static final String DATABASE_FILE = "workspace.mv.db";
    public static final String IMPORTS_FOLDER = "imports";
    public static final String EXPORTS_FOLDER = "exports";
    /** A small file in every workspace that a desktop can open with Uptake (the packages associate the .uptake extension). */
    public static final String MARKER_FILE = "workspace.uptake";

    private final Path folder;
    private final String name;
    private final JdbcConnectionPool pool;
    private final WorkspaceLock lock;
    private final int schemaVersion;
    /** Why this workspace can only be read (its folder or file is read-only), or null when it can be written. */
    private final String readOnlyReason;
    /** Bumped whenever an import starts or ends: results remembered for an older version are stale. */
    private final java.util.concurrent.atomic.AtomicLong dataVersion = new java.util.concurrent.atomic.AtomicLong();
    /** The caches of results computed from this workspace's data, told when it changes. */
    private final java.util.List<Runnable> dataListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Workspace(Path folder, String name, JdbcConnectionPool pool, WorkspaceLock lock, int schemaVersion, String readOnlyReason) {
        this.folder = folder;
        this.name = name;
        this.pool = pool;
        this.lock = lock;
        this.schemaVersion = schemaVersion;
        this.readOnlyReason = readOnlyReason;
    }

    /** True when the folder holds a workspace database. */
    public static boolean isWorkspace(Path folder) {
        return Files.isRegularFile(folder.resolve(DATABASE_FILE));
    }

    /** Creates a new workspace in an empty or missing folder and opens it. */
    public static Workspace create(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (isWorkspace(dir)) {
            throw new WorkspaceException(WorkspaceException.Problem.ALREADY_A_WORKSPACE,
                    dir + " is already an Uptake workspace; open it instead.");
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new WorkspaceException(WorkspaceException.Problem.FOLDER_NOT_EMPTY,
                    "Cannot create a workspace in " + dir
                            + ": the folder is not empty. Choose an empty or new folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Problem.IO,
                    "Cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            return openDatabase(dir, false, null);
        } catch (WorkspaceException e) {
            FolderCleanup.emptyQuietly(dir);
            throw e;
        }
    }

    /**
     * Opens an existing workspace, applying any schema migrations this version brings. A missing,
     * empty, unreadable or foreign database is refused before anything is written; a read-only
     * folder or file opens for reading only ({@link #readOnly()}).
     */
    public static Workspace open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new WorkspaceException(WorkspaceException.Problem.NOT_FOUND, "No folder at " + dir + ".");
        }
        String displayName = displayName(dir);
        if (!isWorkspace(dir)) {
            DatabaseFile.refuseMissing(dir, displayName);
            throw new WorkspaceException(WorkspaceException.Problem.NOT_A_WORKSPACE,
                    dir + " is not an Uptake workspace (it has no " + DATABASE_FILE
                            + "). Create one there with New workspace or `uptake init`.");
        }
        DatabaseFile.refuseUnusable(dir, displayName);
        return openDatabase(dir, true, DatabaseFile.readOnlyReason(dir));
    }

    private static String displayName(Path dir) {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    private static Workspace openDatabase(Path dir, boolean mustExist, String readOnlyReason) {
        String displayName = displayName(dir);
        boolean readOnly = readOnlyReason != null;
        WorkspaceLock lock = WorkspaceLock.acquire(dir, displayName, readOnly);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(jdbcUrl(dir, mustExist, readOnly), "uptake", "");
            pool.setMaxConnections(16);
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            SchemaMigrator migrator = new SchemaMigrator(pool);
            int version = mustExist ? migrator.migrateExisting(displayName, dir, readOnlyReason) : migrator.migrate(displayName);
            WorkspaceSettings settings = new WorkspaceSettings(pool);
            String name = settings.get(WorkspaceSettings.NAME).orElseGet(() -> {
                if (!readOnly) {
                    settings.put(WorkspaceSettings.NAME, displayName);
                }
                return displayName;
            });
            if (!readOnly) {
                Files.createDirectories(dir.resolve(IMPORTS_FOLDER));
                Files.createDirectories(dir.resolve(EXPORTS_FOLDER));
                writeMarker(dir);
                // Rows only: the files in imports/ stay (a killed import's original can be imported again).
                InterruptedImports.cleanUp(pool);
            }
            return new Workspace(dir, name, pool, lock, version, readOnlyReason);
        } catch (WorkspaceException e) {
            dispose(pool, lock);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            dispose(pool, lock);
            throw OpenFailure.explain(dir, displayName, e);
        }
    }

    private static void writeMarker(Path dir) {
        Path marker = dir.resolve(MARKER_FILE);
        if (!Files.exists(marker)) {
            try {
                Files.writeString(marker, "This folder is an Uptake workspace. Open this file, or the folder, with Uptake.\n");
            } catch (IOException e) {
                // A read-only folder still opens; only the desktop shortcut is missing.
            }
        }
    }

    /** The workspace folder a path names: the folder itself, or the folder of its workspace.uptake file. */
    public static Path folderOf(Path given) {
        Path p = given.toAbsolutePath().normalize();
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".uptake") ? p.getParent() : p;
    }

    static String jdbcUrl(Path dir, boolean mustExist) {
        return jdbcUrl(dir, mustExist, false);
    }

    static String jdbcUrl(Path dir, boolean mustExist, boolean readOnly) {
        String base = dir.resolve("workspace").toString();
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void dispose(JdbcConnectionPool pool, WorkspaceLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    /** The data changed (an import started, finished or was taken back): results computed from it are stale. */
    public void dataChanged() {
        dataVersion.incrementAndGet();
        dataListeners.forEach(Runnable::run);
    }

    /** Bumped by every {@link #dataChanged()}: a result computed on an older version is stale. */
    public long dataVersion() {
        return dataVersion.get();
    }

    /** Runs {@code forget} whenever the data changes (a {@link Cached} forgets its results). */
    public void whenDataChanges(Runnable forget) {
        dataListeners.add(forget);
    }

    public Path folder() {
        return folder;
    }

    public String name() {
        return name;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** True when the workspace opened for reading only, because its folder or database file is read-only. */
    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** Refuses a change to a read-only workspace with one line saying why. */
    public void requireWritable() {
        if (readOnlyReason != null) {
            throw new WorkspaceException(WorkspaceException.Problem.READ_ONLY, readOnlyMessage(name, readOnlyReason));
        }
    }

    /** The one line that says a workspace is read-only, and what to do about it. */
    public static String readOnlyMessage(String name, String reason) {
        return "Workspace '" + name + "' is read-only (" + reason + "): it can be read but not changed."
                + " Make it writable, or copy the folder somewhere writable.";
    }

    /** Why the workspace is read-only, when it is. */
    public java.util.Optional<String> readOnlyReason() {
        return java.util.Optional.ofNullable(readOnlyReason);
    }

    public Path importsFolder() {
        return folder.resolve(IMPORTS_FOLDER);
    }

    public Path exportsFolder() {
        return folder.resolve(EXPORTS_FOLDER);
    }

    /** The workspace's stored settings (its name and one document per settings section). */
    public WorkspaceSettings settings() {
        return new WorkspaceSettings(pool);
    }

    /** The pool, for this package's stores; other packages go through {@link WorkspaceDatabase} or a {@link Transaction}. */
    DataSource dataSource() {
        return pool;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Closes the file now rather than when the JVM exits, rewriting it whole when this session
     * changed the data (an import) and left the file mostly superseded pages (a million people's
     * imports leave 2.7 GB for 0.55 GB of data; the rewrite takes 12 to 38 s at that size, and only
     * happens after such churn). A session that only read never pays for a rewrite: a fresh
     * {@code uptake adoption} closes at once.
     */
    @Override
    public void close() {
        shutdown(changedThisSession());
    }

    /** True once an import started or ended since this workspace opened: only then may closing rewrite the file. */
    boolean changedThisSession() {
        return dataVersion.get() > 0;
    }

    /** Closes without the rewrite: for a window that stays open on another workspace. */
    public void closeQuickly() {
        shutdown(false);
    }

    /** Closes with the whole-file rewrite whatever the file's fill (tests: H2's fill figures move with its background writer). */
    void closeAndRewrite() {
        shutdown(statement -> true);
    }

    private void shutdown(boolean compactIfWorthIt) {
        shutdown(statement -> compactIfWorthIt && mostlyGarbage(statement));
    }

    /** Decides, on the open connection, whether closing rewrites the file. */
    private interface RewriteDecision {
        boolean rewrite(java.sql.Statement statement) throws SQLException;
    }

    private void shutdown(RewriteDecision decision) {
        try (Connection c = pool.getConnection(); var statement = c.createStatement()) {
            statement.execute(readOnlyReason == null && decision.rewrite(statement) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed; disposing the pool below is all that is left.
        }
        pool.dispose();
        lock.close();
    }

    /** Files smaller than this are never rewritten on close. */
    private static final long COMPACT_FROM_BYTES = 256L << 20;

    /**
     * At least 256 MB of file, at most 75% of it live by H2's estimate: worth a full rewrite on close.
     * Live is the share of the file in chunks times the share of those chunks still in use (H2 frees
     * a chunk only once nothing in it is live, so either alone misses churn). The estimate runs high,
     * since it cannot see pages that batches left half full: the million-person workspace read 42% live
     * (fill 47%, chunks 91%) and its rewrite kept 20% (2.71 GB to 0.55 GB), so 40% left it at four
     * times DuckDB's file; once the rollups were written in key order, its people and web events read
     * 72% live (fill 76%, chunks 96%) and the rewrite kept 39% (0.99 GB to 0.38 GB), so 60% left them.
     */
    static boolean mostlyGarbage(java.sql.Statement statement) throws SQLException {
        long fileSize = 0;
        int fillRate = 100;
        int chunksFillRate = 100;
        try (java.sql.ResultSet rs = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                try {
                    String value = rs.getString(2).trim();
                    switch (rs.getString(1)) {
                        case "info.FILE_SIZE" -> fileSize = Long.parseLong(value);
                        case "info.FILL_RATE" -> fillRate = Integer.parseInt(value);
                        default -> chunksFillRate = Integer.parseInt(value);
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        boolean compact = worthCompacting(fileSize, fillRate, chunksFillRate);
        if (compact) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class).info("Compacting the workspace file on close: {} MB, about {}% live",
                    fileSize >> 20, fillRate * chunksFillRate / 100);
        }
        return compact;
    }

    static boolean worthCompacting(long fileSize, int fillRate, int chunksFillRate) {
        return fileSize >= COMPACT_FROM_BYTES && fillRate * chunksFillRate / 100 <= 75;
    }

    @Override
    public String toString() {
        return "Workspace[" + name + " at " + folder + "]";
    }
}
