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

    private final Flyway flyway;

    static final String LOCATION = "classpath:db/migration";

    SchemaMigrator(DataSource dataSource) {
        this(dataSource, LOCATION);
    }

    /** Tests add locations with later versions to exercise a real upgrade. */
    SchemaMigrator(DataSource dataSource, String... locations) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .javaMigrations(new BlockStoreMigration())
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Opens an existing workspace's schema: refuses a database that holds no Uptake schema at all
     * (migrating it would make a fresh, empty workspace over the folder's kept files), and a
     * read-only one that needs an upgrade; otherwise migrates as {@link #migrate} does.
     */
    int migrateExisting(String workspaceName, java.nio.file.Path dir, String readOnlyReason) {
        if (currentVersion() == 0) {
            throw DatabaseFile.damaged(dir, workspaceName, "holds no Uptake workspace");
        }
        if (readOnlyReason == null) {
            return migrate(workspaceName);
        }
        refuseNewer(workspaceName, flyway.info());
        if (flyway.info().pending().length > 0) {
            throw new WorkspaceException(WorkspaceException.Problem.READ_ONLY,
                    Workspace.readOnlyMessage(workspaceName, readOnlyReason).replace("it can be read but not changed",
                            "it was written by an older Uptake and must be upgraded, which needs writing"));
        }
        return currentVersion();
    }

    /** Applies pending migrations and returns the schema version now in force. */
    int migrate(String workspaceName) {
        refuseNewer(workspaceName, flyway.info());
        flyway.migrate();
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
        MigrationInfo current = flyway.info().current();
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
