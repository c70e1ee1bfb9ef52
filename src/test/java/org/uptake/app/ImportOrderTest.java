package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 16: files passed together import in dependency order, whatever order they come in. */
class ImportOrderTest {

    @TempDir
    Path temp;

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportOrderTest.class.getResource("/malformed/out-of-order/" + name).toURI()).toString();
    }

    @Test
    void filesGivenInReverseDependencyOrderAllImport() throws Exception {
        String workspace = temp.resolve("w").toString();
        assertEquals(0, CliRun.of("init", workspace).exitCode());
        CliRun run = CliRun.of("import", workspace, fixture("outreach-history.csv"), fixture("tickets.csv"), fixture("events.csv"),
                fixture("people.csv"), fixture("accounts.csv"), fixture("briefs/widgets.md"), fixture("features.json"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("features.json", "widgets.md", "accounts.csv", "people.csv", "events.csv", "tickets.csv",
                "outreach-history.csv"), run.out().lines().map(l -> l.substring(0, l.indexOf(':'))).toList());
        assertEquals(List.of(
                "outreach-history.csv: outreach history (Uptake canonical, CSV (comma), UTF-8) — 1 rows read, 1 imported,"
                        + " 0 duplicates skipped, 0 quarantined"),
                run.out().lines().filter(l -> l.startsWith("outreach")).map(l -> l.substring(0, l.lastIndexOf(" ("))).toList());
        CliRun info = CliRun.of("info", workspace, "--json");
        assertEquals(0, info.exitCode(), info.err());
    }

    @Test
    void peopleReImportedSayWhatChanged() throws Exception {
        String workspace = temp.resolve("w").toString();
        assertEquals(0, CliRun.of("init", workspace).exitCode());
        assertEquals(0, CliRun.of("import", workspace, fixture("people.csv")).exitCode());
        CliRun again = CliRun.of("import", workspace, fixture("people.csv"));
        assertEquals("people.csv: people (Uptake canonical, CSV (comma), UTF-8) — 1 rows read, 0 new, 0 updated, 1 unchanged,"
                + " 0 quarantined", again.out().substring(0, again.out().lastIndexOf(" (")));
    }
}
