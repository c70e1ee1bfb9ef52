package org.uptake.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a support-tickets file. The requester is found by user id or by email. A ticket seen in
 * several rows or snapshots (an event-log export, or this week's export after last week's) keeps
 * its earliest creation time and takes its status and text from its latest row: the one updated
 * last, else created last, else — across files — the file imported last.
 */
final class TicketRows implements TableImport.RowHandler {

    private final ImportPlan plan;
    private final WorkspaceIndex index;
    private final long batchId;
    private final TableImport counts;
    private final Set<String> known = new HashSet<>();
    /** What the workspace holds of each stored ticket, so a row that changes nothing says "unchanged". */
    private final Map<String, Object[]> stored = new HashMap<>();
    private final Map<String, Integer> byEmail = new HashMap<>();
    /** The latest row time read so far per ticket in this file: an older row must not overwrite a newer one's status. */
    private final Map<String, Long> latestInFile = new HashMap<>();
    /** Tickets of this file with a row whose requester is a person of the workspace. */
    private final Set<String> matched = new HashSet<>();
    private final PreparedStatement merge;
    private final Timestamps timestamps;

    TicketRows(ImportPlan plan, Connection connection, WorkspaceIndex index, long batchId, TableImport counts) throws SQLException {
        this.plan = plan;
        this.index = index;
        this.batchId = batchId;
        this.counts = counts;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ticket_id, created_at, person_id, requester_email, subject, body, tags, status"
                    + " FROM ticket")) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                    int person = rs.getInt(3);
                    Integer personId = rs.wasNull() ? null : person;
                    stored.put(rs.getString(1), new Object[] {rs.getObject(2, java.time.OffsetDateTime.class).toInstant().toEpochMilli(),
                            personId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT LOWER(email), id FROM person WHERE email IS NOT NULL")) {
                while (rs.next()) {
                    byEmail.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        // Row by row in file order (a JDBC batch runs in order), so LEAST and "latest wins" see earlier rows.
        merge = connection.prepareStatement("MERGE INTO ticket t USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS INT),"
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
                + " s.status, s.batch_id)");
        timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
    }

    private String value(String[] values, Field field) {
        return TableImport.value(plan, values, field);
    }

    @Override
    public String row(String[] values) throws SQLException {
        String id = value(values, Field.TICKET_ID);
        if (id == null) {
            return "no ticket id";
        }
        long created;
        try {
            created = timestamps.parse(value(values, Field.TICKET_CREATED_AT));
        } catch (DateTimeException e) {
            return "created_at: " + e.getMessage();
        }
        long rowTime = created;
        String updatedAt = value(values, Field.TICKET_UPDATED_AT);
        if (updatedAt != null) {
            try {
                rowTime = timestamps.parse(updatedAt);
            } catch (DateTimeException e) {
                return "updated_at: " + e.getMessage();
            }
        }
        String email = value(values, Field.REQUESTER_EMAIL);
        String subject = value(values, Field.SUBJECT);
        String body = value(values, Field.BODY);
        String tags = value(values, Field.TAGS);
        tags = tags == null ? null : String.join(" ", tags.split("[,;\\s]+"));
        String status = value(values, Field.STATUS);
        String tooLong = StorageLimits.tooLong("ticket id", id, StorageLimits.TICKET_ID);
        tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("requester email", email, 320);
        tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("subject", subject, StorageLimits.SUBJECT);
        tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("body", body, StorageLimits.BODY);
        tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("tags", tags, StorageLimits.TAGS);
        tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("status", status, StorageLimits.LABEL);
        if (tooLong != null) {
            return tooLong;
        }
        String userId = value(values, Field.TICKET_USER_ID);
        int person = userId != null ? index.people.getInt(userId) : 0;
        if (person == 0 && email != null) {
            person = byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), 0);
        }
        Long before = latestInFile.get(id);
        boolean latest = before == null || rowTime >= before;
        if (latest) {
            latestInFile.put(id, rowTime);
        }
        merge.setString(1, id);
        if (person != 0) {
            matched.add(id);
        }
        if (person == 0) {
            merge.setNull(2, Types.INTEGER);
        } else {
            merge.setInt(2, person);
        }
        merge.setString(3, email);
        merge.setObject(4, Instant.ofEpochMilli(created).atOffset(ZoneOffset.UTC));
        merge.setString(5, subject);
        merge.setString(6, body);
        merge.setString(7, tags);
        merge.setString(8, status);
        merge.setLong(9, batchId);
        merge.setBoolean(10, latest);
        merge.addBatch();
        if (known.add(id)) {
            counts.imported++;
        } else if (changesNothing(stored.remove(id), created, person == 0 ? null : person, email, subject, body, tags, status)) {
            counts.unchanged++;
        } else {
            counts.updated++;
        }
        return null;
    }

    /** True when merging the row into the stored ticket leaves it as it was: no earlier creation, no new value. */
    private static boolean changesNothing(Object[] ticket, long created, Object... values) {
        if (ticket == null || created < (long) ticket[0]) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].equals(ticket[i + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void finish() throws SQLException {
        counts.unmatched = latestInFile.size() - matched.size();
        merge.executeBatch();
        merge.close();
    }
}
