package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path temp;

    @Test
    void theNewestVersionItKnowsIsTheNewestScript() {
        JdbcDataSource dataSource = dataSource(temp.resolve("w"), false);
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(SchemaMigrator.LOCATION)
                .javaMigrations(new BlockStoreMigration()).load();
        var all = flyway.info().all();
        assertEquals(all[all.length - 1].getVersion().getVersion(), String.valueOf(SchemaMigrator.LATEST),
                "a new migration needs SchemaMigrator.LATEST raised to its version, or workspaces at the old one would skip it");
    }

    @Test
    void aCurrentWorkspaceOpensWithoutFlywayAndANewOneIsMigratedByIt() {
        Path folder = temp.resolve("w");
        JdbcDataSource dataSource = dataSource(folder, false);
        SchemaMigrator first = new SchemaMigrator(dataSource);
        assertEquals(SchemaMigrator.LATEST, first.migrate("w"));
        assertTrue(first.usedFlyway());

        SchemaMigrator again = new SchemaMigrator(dataSource);
        assertEquals(SchemaMigrator.LATEST, again.migrateExisting("w", folder, null));
        assertFalse(again.usedFlyway());
    }

    @Test
    void aWorkspaceAtAnOlderVersionOrWithAFailedMigrationGoesThroughFlyway() throws SQLException {
        Path older = temp.resolve("older");
        SchemaMigrator upgrade = new SchemaMigrator(OlderWorkspace.at(older, "21"));
        assertEquals(SchemaMigrator.LATEST, upgrade.migrateExisting("older", older, null));
        assertTrue(upgrade.usedFlyway());

        Path failed = temp.resolve("failed");
        JdbcDataSource dataSource = dataSource(failed, false);
        new SchemaMigrator(dataSource).migrate("failed");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '22'");
        }
        SchemaMigrator repair = new SchemaMigrator(dataSource);
        try {
            repair.migrateExisting("failed", failed, null);
        } catch (RuntimeException expected) {
            // Flyway refuses a failed migration; what matters here is that it was asked.
        }
        assertTrue(repair.usedFlyway());
    }

    private static JdbcDataSource dataSource(Path folder, boolean mustExist) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Workspace.jdbcUrl(folder, mustExist) + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("uptake");
        return dataSource;
    }
}
