package org.uptake.ingest;

import java.util.List;

/**
 * How a people import inserts the people it creates. Ordinarily one insert per chunk, in the import's
 * transaction. On the bulk path (a people file into a workspace that holds no people yet) the index by
 * account is set aside before the first insert and built again at the end, and each chunk is written on
 * a second thread while the next rows are read (see {@link PeopleStore#setAccountIndexAside}).
 */
final class NewPeopleInserts implements AutoCloseable {

    private final PeopleStore store;
    private final boolean bulk;
    private boolean accountIndexAside;
    /** The bulk path's chunks, written while the next rows are read (made at the first chunk). */
    private ChunkWriter chunks;

    NewPeopleInserts(PeopleStore store, boolean bulk) {
        this.store = store;
        this.bulk = bulk;
    }

    /** Inserts the rows; on the bulk path a chunk read {@code behindReading} is written while the next rows are read. */
    void insert(List<PeopleStore.NewPerson> rows, boolean behindReading) {
        if (bulk && !accountIndexAside && !rows.isEmpty()) {
            store.setAccountIndexAside();
            accountIndexAside = true;
        }
        if (bulk && behindReading) {
            if (chunks == null) {
                chunks = new ChunkWriter();
            }
            chunks.write(() -> store.insertPeople(rows));
        } else {
            store.insertPeople(rows);
        }
    }

    /** Waits for the chunk still being written: before the import's last writes. */
    void awaitWritten() {
        if (chunks != null) {
            chunks.awaitWritten();
        }
    }

    /** Builds the index by account again when it was set aside: after the import's last writes. */
    void restoreIndex() {
        if (accountIndexAside) {
            store.restoreAccountIndex();
            accountIndexAside = false;
        }
    }

    /** Waits for a chunk still being written: after a failure, before the import rolls back. */
    @Override
    public void close() {
        if (chunks != null) {
            chunks.close();
        }
    }
}
