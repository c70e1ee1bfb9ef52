package org.uptake.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Owns the writes of the {@code ticket} table: support tickets as imports merge them in. A ticket
 * seen again keeps its earliest creation time; its latest row's values win, the others only fill
 * what is still empty. Reads for analyses are in the packages' {@code *Queries}.
 */
public final class TicketStore extends BatchedRows {

    /** What the workspace holds of a ticket ({@code personId} null when no person requested it). */
    public record Stored(long createdMs, Integer personId, String requesterEmail, String subject, String body, String tags,
            String status) {
    }

    /** One row of a tickets file; {@code latest} when it is the newest row of its ticket read so far. */
    public record Row(String ticketId, Integer personId, String requesterEmail, long createdMs, String subject, String body,
            String tags, String status, long batchId, boolean latest) {
    }

    // Row by row in file order (a JDBC batch runs in order), so LEAST and "latest wins" see earlier rows.
    private static final String MERGE = "MERGE INTO ticket t USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS INT),"
            + " CAST(? AS VARCHAR(320)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(2000)), CAST(? AS CLOB),"
            + " CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(100)), CAST(? AS BIGINT), CAST(? AS BOOLEAN)))"
            + " s (ticket_id, person_id, requester_email, created_at, subject, body, tags, status, batch_id, latest)"
            + " ON t.ticket_id = s.ticket_id"
            + " WHEN MATCHED THEN UPDATE SET created_at = LEAST(t.created_at, s.created_at),"
            + " person_id = CASE WHEN s.latest THEN COALESCE(s.person_id, t.person_id) ELSE COALESCE(t.person_id, s.person_id) END,"
            + " requester_email = CASE WHEN s.latest THEN COALESCE(s.requester_email, t.requester_email)"
            + " ELSE COALESCE(t.requester_email, s.requester_email) END,"
            + " subject = CASE WHEN s.latest THEN COALESCE(s.subject, t.subject) ELSE COALESCE(t.subject, s.subject) END,"
            + " body = CASE WHEN s.latest THEN COALESCE(s.body, t.body) ELSE COALESCE(t.body, s.body) END,"
            + " tags = CASE WHEN s.latest THEN COALESCE(s.tags, t.tags) ELSE COALESCE(t.tags, s.tags) END,"
            + " status = CASE WHEN s.latest THEN COALESCE(s.status, t.status) ELSE COALESCE(t.status, s.status) END,"
            + " batch_id = s.batch_id"
            + " WHEN NOT MATCHED THEN INSERT (ticket_id, person_id, requester_email, created_at, subject, body, tags, status,"
            + " batch_id) VALUES (s.ticket_id, s.person_id, s.requester_email, s.created_at, s.subject, s.body, s.tags,"
            + " s.status, s.batch_id)";

    private TicketStore(Transaction tx) {
        super(tx, MERGE);
    }

    /** Every stored ticket by id, read in the import's transaction. */
    public static Map<String, Stored> stored(Transaction tx) {
        Map<String, Stored> stored = new HashMap<>();
        try (Statement s = tx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT ticket_id, created_at, person_id, requester_email, subject, body, tags, status"
                     + " FROM ticket")) {
            while (rs.next()) {
                int person = rs.getInt(3);
                Integer personId = rs.wasNull() ? null : person;
                stored.put(rs.getString(1), new Stored(rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                        personId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return stored;
    }

    /** Prepares the merge of a tickets file's rows; {@link #close} writes what is batched. */
    public static TicketStore merger(Transaction tx) {
        return new TicketStore(tx);
    }

    /** Batches one row, to be merged in file order. */
    public void add(Row row) {
        addRow(merge -> {
            merge.setString(1, row.ticketId());
            if (row.personId() == null) {
                merge.setNull(2, Types.INTEGER);
            } else {
                merge.setInt(2, row.personId());
            }
            merge.setString(3, row.requesterEmail());
            merge.setObject(4, Instant.ofEpochMilli(row.createdMs()).atOffset(ZoneOffset.UTC));
            merge.setString(5, row.subject());
            merge.setString(6, row.body());
            merge.setString(7, row.tags());
            merge.setString(8, row.status());
            merge.setLong(9, row.batchId());
            merge.setBoolean(10, row.latest());
        });
    }
}
