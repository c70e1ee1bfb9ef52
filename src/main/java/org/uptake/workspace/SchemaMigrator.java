package org.uptake.workspace;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a workspace's schema up to the version this build knows (the versioned scripts under
 * {@code db/migration}), and refuses a workspace written by a newer Uptake instead of touching it.
 */
final class SchemaMigrator {

    static final String LOCATION = "classpath:db/migration";
    /**
     * The newest version under {@link #LOCATION} (a test holds it equal to what Flyway finds there).
     * A workspace already at it opens without Flyway: building Flyway, scanning the jar for scripts and
     * validating their checksums took about 1.5 s of a fresh {@code uptake adoption}.
     */
    static final int LATEST = 23;

    private final DataSource dataSource;
    private final String[] locations;
    /** Built on first use: a workspace whose schema is current never needs it. */
    private Flyway flyway;

    SchemaMigrator(DataSource dataSource) {
        this(dataSource, LOCATION);
    }

    /** Tests add locations with later versions to exercise a real upgrade. */
    SchemaMigrator(DataSource dataSource, String... locations) {
        this.dataSource = dataSource;
        this.locations = locations.clone();
    }

    private Flyway flyway() {
        if (flyway == null) {
            flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations)
                    .javaMigrations(new BlockStoreMigration())
                    .failOnMissingLocations(true)
                    .load();
        }
        return flyway;
    }

    /** True once Flyway was needed (tests: a current workspace opens without it). */
    boolean usedFlyway() {
        return flyway != null;
    }

    /**
     * True when the schema history says the workspace is at {@link #LATEST} with no failed migration.
     * Only for this build's own scripts: with other locations the newest version is not known here.
     */
    private boolean current() {
        if (locations.length != 1 || !LOCATION.equals(locations[0])) {
            return false;
        }
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)),"
                     + " COUNT(CASE WHEN NOT \"success\" THEN 1 END) FROM \"flyway_schema_history\"")) {
            return rs.next() && rs.getInt(1) == LATEST && rs.getInt(2) == 0;
        } catch (java.sql.SQLException | RuntimeException e) {
            // No history yet, or one this check cannot read: Flyway decides.
            return false;
        }
    }

    /**
     * Opens an existing workspace's schema: refuses a database that holds no Uptake schema at all
     * (migrating it would make a fresh, empty workspace over the folder's kept files), and a
     * read-only one that needs an upgrade; otherwise migrates as {@link #migrate} does.
     */
    int migrateExisting(String workspaceName, java.nio.file.Path dir, String readOnlyReason) {
        if (current()) {
            return LATEST;
        }
        if (currentVersion() == 0) {
            throw DatabaseFile.damaged(dir, workspaceName, "holds no Uptake workspace");
        }
        if (readOnlyReason == null) {
            return migrate(workspaceName);
        }
        refuseNewer(workspaceName, flyway().info());
        if (flyway().info().pending().length > 0) {
            throw new WorkspaceException(WorkspaceException.Problem.READ_ONLY,
                    Workspace.readOnlyMessage(workspaceName, readOnlyReason).replace("it can be read but not changed",
                            "it was written by an older Uptake and must be upgraded, which needs writing"));
        }
        return currentVersion();
    }

    /** Applies pending migrations and returns the schema version now in force. */
    int migrate(String workspaceName) {
        if (current()) {
            return LATEST;
        }
        refuseNewer(workspaceName, flyway().info());
        flyway().migrate();
        return currentVersion();
    }

    private static void refuseNewer(String workspaceName, MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String newest = future[future.length - 1].getVersion().getVersion();
            throw new WorkspaceException(WorkspaceException.Problem.NEWER_SCHEMA,
                    "Workspace '" + workspaceName + "' was written by a newer version of Uptake (schema version "
                            + newest + "; this version knows up to " + latestKnownVersion(info)
                            + "). Update Uptake to open it; the workspace was left untouched.");
        }
    }

    int currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    private static String latestKnownVersion(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("0");
    }
}
