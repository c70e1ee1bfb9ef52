package org.uptake.ingest;

import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.uptake.workspace.EventStore;

/**
 * What the importers must know about a workspace without asking the database per row: person ids
 * by user id, anonymous-id links, the dictionaries and every event's dedupe key. Loaded once per
 * open workspace; thrown away when an import fails, since the database rolled back what it added.
 */
final class WorkspaceIndex {

    final Object2IntOpenHashMap<String> people = new Object2IntOpenHashMap<>();
    final Object2IntOpenHashMap<String> aliases = new Object2IntOpenHashMap<>();
    final Dictionary names = new Dictionary(Dictionary.EVENT_NAME);
    final Dictionary platforms = new Dictionary(Dictionary.PLATFORM);
    final Dictionary targets = new Dictionary(Dictionary.TARGET);
    final LongOpenHashSet dedupeKeys;
    int nextPersonId = 1;
    long events;

    private WorkspaceIndex(int expectedEvents) {
        people.defaultReturnValue(0);
        aliases.defaultReturnValue(0);
        dedupeKeys = new LongOpenHashSet(Math.max(1024, expectedEvents));
    }

    /** Everything an import needs to know of the workspace, read in the import's transaction. */
    static WorkspaceIndex load(Transaction tx) {
        try {
            return load(tx.connection());
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read what the workspace holds", e);
        }
    }

    private static WorkspaceIndex load(Connection c) throws SQLException {
        long events = EventStore.count(c);
        WorkspaceIndex index = new WorkspaceIndex((int) Math.min(Integer.MAX_VALUE - 8, events + events / 4));
        index.events = events;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, user_id FROM person")) {
            while (rs.next()) {
                index.people.put(rs.getString(2), rs.getInt(1));
                index.nextPersonId = Math.max(index.nextPersonId, rs.getInt(1) + 1);
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT anonymous_id, person_id FROM person_alias")) {
            while (rs.next()) {
                index.aliases.put(rs.getString(1), rs.getInt(2));
            }
        }
        // A merged placeholder's id lives on in its stored events: never give it to someone new.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(anonymous_person) FROM person_merge")) {
            rs.next();
            index.nextPersonId = Math.max(index.nextPersonId, rs.getInt(1) + 1);
        }
        index.names.load(c);
        index.platforms.load(c);
        index.targets.load(c);
        EventStore.dedupeKeys(c, index.dedupeKeys::add);
        return index;
    }
}
