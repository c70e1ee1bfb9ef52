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

    /** Applies pending migrations and returns the schema version now in force. */
    int migrate(String workspaceName) {
        MigrationInfoService info = flyway.info();
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
        flyway.migrate();
        return currentVersion();
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
