package org.uptake.workspace;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A workspace database left at an older schema version, to fill with that version's rows before Uptake opens it. */
final class OlderWorkspace {

    private OlderWorkspace() {
    }

    /** The database at {@code folder}, migrated up to {@code version} only. */
    static JdbcDataSource at(Path folder, String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Workspace.jdbcUrl(folder, false) + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("uptake");
        Flyway.configure().dataSource(dataSource).locations(SchemaMigrator.LOCATION).javaMigrations(new BlockStoreMigration())
                .target(version).load().migrate();
        return dataSource;
    }
}
