package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Keeps every bad row with its raw text and reason, in the import's transaction; the first few also for the result page. */
final class QuarantineWriter implements AutoCloseable {

    static final int SAMPLE = 500;
    private static final int MAX_RAW = 100_000;

    private final PreparedStatement insert;
    private final long batchId;
    private final List<ImportResult.QuarantinedRow> sample = new ArrayList<>();
    private int pending;
    private long count;

    QuarantineWriter(Connection c, long batchId) throws SQLException {
        this.insert = c.prepareStatement("INSERT INTO quarantine (batch_id, line_no, raw_text, reason) VALUES (?, ?, ?, ?)");
        this.batchId = batchId;
    }

    void add(long line, String raw, String reason) throws SQLException {
        String text = raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
        String why = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        insert.setLong(1, batchId);
        insert.setLong(2, line);
        insert.setString(3, text);
        insert.setString(4, why);
        insert.addBatch();
        if (++pending == 1000) {
            insert.executeBatch();
            pending = 0;
        }
        if (sample.size() < SAMPLE) {
            sample.add(new ImportResult.QuarantinedRow(line, text, why));
        }
        count++;
    }

    long count() {
        return count;
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
