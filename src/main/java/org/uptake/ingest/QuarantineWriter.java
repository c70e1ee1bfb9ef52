package org.uptake.ingest;

import org.uptake.workspace.Quarantine;
import org.uptake.workspace.Transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every bad row with its raw text and reason, in the import's transaction; the first few also
 * for the result page. A row an earlier import already quarantined (the same text, the same reason)
 * is counted but not stored again, so importing a file twice does not double the quarantine.
 */
final class QuarantineWriter implements AutoCloseable {

    static final int SAMPLE = 500;
    private static final int MAX_RAW = 100_000;

    private final Quarantine.Inserter insert;
    private final Transaction transaction;
    private final long batchId;
    /** Hashes of (reason, raw text) of what earlier imports quarantined; read at the first bad row, since most imports have none. */
    private it.unimi.dsi.fastutil.longs.LongOpenHashSet earlier;
    private long alreadyQuarantined;
    private final List<ImportResult.QuarantinedRow> sample = new ArrayList<>();
    private long count;

    QuarantineWriter(Transaction tx, long batchId) {
        this.insert = Quarantine.inserter(tx, batchId);
        this.transaction = tx;
        this.batchId = batchId;
    }

    void add(long line, String raw, String reason) {
        String text = raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
        String why = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (sample.size() < SAMPLE) {
            sample.add(new ImportResult.QuarantinedRow(line, text, why));
        }
        count++;
        if (earlier().contains(key(why, text))) {
            alreadyQuarantined++;
            return;
        }
        insert.add(line, text, why);
    }

    private it.unimi.dsi.fastutil.longs.LongOpenHashSet earlier() {
        if (earlier == null) {
            it.unimi.dsi.fastutil.longs.LongOpenHashSet keys = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
            Quarantine.forEachEarlier(transaction, batchId, (reason, raw) -> keys.add(key(reason, raw)));
            earlier = keys;
        }
        return earlier;
    }

    private static long key(String reason, String raw) {
        return Hash64.of(reason + '\u0001' + raw);
    }

    /** Bad rows read, including those an earlier import had already quarantined. */
    long count() {
        return count;
    }

    /** Bad rows an earlier import had already quarantined, not stored again. */
    long alreadyQuarantined() {
        return alreadyQuarantined;
    }

    List<ImportResult.QuarantinedRow> sample() {
        return sample;
    }

    @Override
    public void close() {
        insert.close();
    }
}
