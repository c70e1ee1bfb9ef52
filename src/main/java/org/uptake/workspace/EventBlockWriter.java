package org.uptake.workspace;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An import's writes of event blocks (with their duplicate keys) and of each feature's event
 * blocks, through the import's transaction, with the statements prepared once for the whole file.
 * A failed write is a {@link WorkspaceDataException}, as for every other store.
 */
public final class EventBlockWriter implements AutoCloseable {

    private final Transaction transaction;
    private final EventStore.Inserter events;
    private final PreparedStatement featureEvents;

    private EventBlockWriter(Transaction transaction, EventStore.Inserter events, PreparedStatement featureEvents) {
        this.transaction = transaction;
        this.events = events;
        this.featureEvents = featureEvents;
    }

    /** Prepares the inserts on the transaction's connection. */
    public static EventBlockWriter open(Transaction transaction) {
        EventStore.Inserter events = null;
        try {
            events = EventStore.inserter(transaction.connection());
            return new EventBlockWriter(transaction, events, FeatureEventStore.prepareInsert(transaction.connection()));
        } catch (SQLException e) {
            if (events != null) {
                try {
                    events.close();
                } catch (SQLException ignored) {
                    // The failure to prepare is the one to report.
                }
            }
            throw failed(e);
        }
    }

    /** Stores a block of one bucket's events from one import; the caller commits. */
    public void events(int bucket, long batchId, EventBlock.Builder block) {
        try {
            events.insert(bucket, batchId, block);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Stores a block of one feature's events from one import; the caller commits. */
    public void featureEvents(String featureKey, long batchId, EventBlock.Builder block) {
        try {
            FeatureEventStore.insert(featureEvents, featureKey, batchId, block);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Commits what the import has stored so far (its blocks carry its batch id, so a later failure takes them back). */
    public void commit() {
        try {
            transaction.connection().commit();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement f = featureEvents) {
            events.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static WorkspaceDataException failed(SQLException e) {
        return new WorkspaceDataException("The workspace could not be written", e);
    }
}
