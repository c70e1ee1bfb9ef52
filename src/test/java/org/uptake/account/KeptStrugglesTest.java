package org.uptake.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.struggle.SharedEventReadTest;
import org.uptake.struggle.StruggleAnalysis;
import org.uptake.workspace.Cached;
import org.uptake.workspace.FeatureQueries;
import org.uptake.workspace.StrugglingSetStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;

/**
 * The struggling people of a window kept in the workspace are the detected ones, read back by the next opening, and
 * never served once a threshold, a feature's definition or the data changed. A kept set is told apart from a detected
 * one by planting a set detection would never find (only "old", who struggles with nothing) under the current key.
 */
class KeptStrugglesTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private StruggleAnalysis struggles;
    private StrugglingSetStore store;

    @BeforeEach
    void build() throws Exception {
        workspace = SharedEventReadTest.fixture(temp);
        struggles = TestServices.of(workspace).struggles();
        store = new StrugglingSetStore(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A fresh opening's view: nothing remembered in memory. */
    private IntSet opened() {
        return new StrugglesOfAllFeatures(struggles, new FeatureQueries(workspace), store, new Cached<>(workspace, 4))
                .between(SharedEventReadTest.FROM, SharedEventReadTest.TO);
    }

    private IntSet ids(String... userIds) throws Exception {
        IntOpenHashSet ids = new IntOpenHashSet();
        try (Connection c = WorkspaceDatabase.connect(workspace); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, user_id FROM person")) {
            while (rs.next()) {
                if (Arrays.asList(userIds).contains(rs.getString(2))) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        assertEquals(userIds.length, ids.size());
        return ids;
    }

    private String fingerprint() {
        return store.fingerprint(struggles.settings().toString());
    }

    private void plantOld() throws Exception {
        store.write(SharedEventReadTest.FROM, SharedEventReadTest.TO, fingerprint(), store.state(), ids("old").toIntArray());
    }

    private IntSet detected() throws Exception {
        // Every feature's people struggling in the window, as the three features' own detection finds them.
        return ids("ticketer", "broken", "undofew", "farmiss", "nocoord", "rage", "undo", "spread", "oldonce");
    }

    @Test
    void theKeptSetIsTheDetectedOneAndTheNextOpeningReadsIt() throws Exception {
        assertEquals(detected(), opened());

        Optional<int[]> kept = store.read(SharedEventReadTest.FROM, SharedEventReadTest.TO, fingerprint(), store.state());
        assertTrue(kept.isPresent());
        int[] expected = detected().toIntArray();
        Arrays.sort(expected);
        assertArrayEquals(expected, kept.get());

        plantOld();
        assertEquals(ids("old"), opened(), "read back, not detected again");
    }

    @Test
    void aChangedThresholdIsNeverServedTheKeptSet() throws Exception {
        opened();
        plantOld();
        struggles.saveSettings(struggles.settings().withAbandonedAttempts(struggles.settings().abandonedAttempts() + 1));

        IntSet afterChange = opened();
        assertNotEquals(ids("old"), afterChange);
        IntOpenHashSet own = new IntOpenHashSet();
        struggles.strugglingEach(SharedEventReadTest.KEYS, SharedEventReadTest.FROM, SharedEventReadTest.TO).values()
                .forEach(list -> list.forEach(s -> own.add(s.person().personId())));
        assertEquals(own, afterChange);
    }

    @Test
    void anEditedFeatureDefinitionIsNeverServedTheKeptSet() throws Exception {
        opened();
        plantOld();
        String before = fingerprint();

        // Layouts no longer counts export as its legacy: a definition change (and an import of it).
        SharedEventReadTest.importText(workspace, temp, "features2.json", SharedEventReadTest.FEATURES.replace("\"legacyEvents\":[\"export\"]",
                "\"legacyEvents\":[\"print\"]"));

        assertNotEquals(before, fingerprint(), "the definition is part of the fingerprint");
        assertEquals(detected(), opened());
    }

    @Test
    void moreDataIsNeverServedTheKeptSetAndTheOlderSetIsForgotten() throws Exception {
        opened();
        plantOld();
        StrugglingSetStore.DataState before = store.state();

        SharedEventReadTest.importText(workspace, temp, "more.csv", """
                user_id,timestamp,event,platform,session_id,target,properties
                old,2026-03-15T10:00:00.000Z,page,web,s-more,,
                """);

        assertNotEquals(before, store.state());
        assertEquals(detected(), opened());
        assertEquals(Optional.empty(), store.read(SharedEventReadTest.FROM, SharedEventReadTest.TO, fingerprint(), before).map(Arrays::toString),
                "the set of the older data is gone");
    }
}
