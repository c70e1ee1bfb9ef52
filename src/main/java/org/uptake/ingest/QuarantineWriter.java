package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final PreparedStatement insert;
    private final Connection connection;
    private final long batchId;
    /** Hashes of (reason, raw text) of what earlier imports quarantined; read at the first bad row, since most imports have none. */
    private it.unimi.dsi.fastutil.longs.LongOpenHashSet earlier;
    private long alreadyQuarantined;
    private final List<ImportResult.QuarantinedRow> sample = new ArrayList<>();
    private int pending;
    private long count;

    QuarantineWriter(Connection c, long batchId) throws SQLException {
        this.insert = c.prepareStatement("INSERT INTO quarantine (batch_id, line_no, raw_text, reason) VALUES (?, ?, ?, ?)");
        this.connection = c;
        this.batchId = batchId;
    }

    void add(long line, String raw, String reason) throws SQLException {
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
        insert.setLong(1, batchId);
        insert.setLong(2, line);
        insert.setString(3, text);
        insert.setString(4, why);
        insert.addBatch();
        if (++pending == 1000) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private it.unimi.dsi.fastutil.longs.LongOpenHashSet earlier() throws SQLException {
        if (earlier == null) {
            earlier = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
            try (PreparedStatement s = connection.prepareStatement("SELECT reason, raw_text FROM quarantine WHERE batch_id <> ?")) {
                s.setLong(1, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        earlier.add(key(rs.getString(1), rs.getString(2)));
                    }
                }
            }
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
    public void close() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        insert.close();
    }
}
