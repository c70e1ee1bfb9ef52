package org.uptake.ingest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.uptake.model.Progress;

/** Imports the row-per-thing files: people, accounts, support tickets and outreach history. */
final class TableImport {

    private final ImportPlan plan;
    private final Connection connection;
    private final WorkspaceIndex index;
    private final long batchId;
    long imported;
    long duplicates;
    long records;

    TableImport(ImportPlan plan, Connection connection, WorkspaceIndex index, long batchId) {
        this.plan = plan;
        this.connection = connection;
        this.index = index;
        this.batchId = batchId;
    }

    PeopleWriter run(QuarantineWriter quarantine, Progress progress) throws IOException, SQLException {
        PeopleWriter people = new PeopleWriter(connection, index, batchId);
        List<String> header = plan.sniff().header();
        RowHandler handler = switch (plan.sniff().kind()) {
            case PEOPLE -> peopleRows(people, header);
            case ACCOUNTS -> accountRows(people, header);
            case TICKETS -> new TicketRows(header);
            case OUTREACH_HISTORY -> new OutreachRows(header);
            default -> throw new IllegalArgumentException(plan.sniff().kind() + " is not a table");
        };
        AtomicLong position = new AtomicLong();
        long size = plan.sniff().sizeBytes();
        SQLException[] failure = new SQLException[1];
        DelimitedRecords.read(plan.sniff(), (line, raw, values) -> {
            records++;
            if (failure[0] != null) {
                return;
            }
            try {
                if (values.length != header.size()) {
                    quarantine.add(line, raw, "has " + values.length + " fields where the header has " + header.size());
                    return;
                }
                String problem = handler.row(values);
                if (problem != null) {
                    quarantine.add(line, raw, problem);
                }
            } catch (SQLException e) {
                failure[0] = e;
            }
            if ((records & 1023) == 0) {
                progress.update(Math.min(position.get(), size), size, String.format("%,d rows read", records));
            }
        }, progress::isCancelled, position);
        if (failure[0] != null) {
            throw failure[0];
        }
        if (progress.isCancelled()) {
            throw new CancellationException("Import cancelled");
        }
        handler.finish();
        people.flush();
        return people;
    }

    /** One data row; returns why it was rejected, or null. */
    private interface RowHandler {
        String row(String[] values) throws SQLException;

        default void finish() throws SQLException {
        }
    }

    private String value(String[] values, Field field) {
        String column = plan.mapping().column(field);
        int i = column == null ? -1 : plan.sniff().header().indexOf(column);
        if (i < 0 || i >= values.length || values[i] == null || values[i].isBlank()) {
            return null;
        }
        return values[i].strip();
    }

    private RowHandler peopleRows(PeopleWriter people, List<String> header) {
        return values -> {
            String userId = value(values, Field.PERSON_USER_ID);
            if (userId == null) {
                return "no user id";
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Field f : List.of(Field.PERSON_ACCOUNT_ID, Field.SEGMENT, Field.PLAN, Field.ROLE, Field.EMAIL,
                    Field.CREATED_AT, Field.OPTED_OUT)) {
                String v = value(values, f);
                if (v != null) {
                    fields.put(f.canonicalName(), v);
                }
            }
            if (index.people.containsKey(userId)) {
                duplicates++;
            } else {
                imported++;
            }
            people.person(userId, fields);
            people.flushPeopleIfLarge();
            return null;
        };
    }

    private RowHandler accountRows(PeopleWriter people, List<String> header) {
        Set<String> known = new HashSet<>();
        return new RowHandler() {
            boolean loaded;

            @Override
            public String row(String[] values) throws SQLException {
                if (!loaded) {
                    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT account_id FROM account")) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                    loaded = true;
                }
                String accountId = value(values, Field.ACCOUNT_ID);
                if (accountId == null) {
                    return "no account id";
                }
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("name", value(values, Field.ACCOUNT_NAME));
                fields.put("tier", value(values, Field.TIER));
                fields.put("arr", value(values, Field.ARR));
                fields.put("csm_owner", value(values, Field.CSM_OWNER));
                if (known.add(accountId)) {
                    imported++;
                } else {
                    duplicates++;
                }
                people.account(accountId, fields);
                return null;
            }
        };
    }

    /** Tickets: the requester is found by user id or by email; an id seen before updates that ticket. */
    private final class TicketRows implements RowHandler {
        private final Set<String> known = new HashSet<>();
        private final Map<String, Integer> byEmail = new HashMap<>();
        private final PreparedStatement merge;
        private final Timestamps timestamps;

        TicketRows(List<String> header) {
            try {
                try (Statement s = connection.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT ticket_id FROM ticket")) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT LOWER(email), id FROM person WHERE email IS NOT NULL")) {
                        while (rs.next()) {
                            byEmail.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
                merge = connection.prepareStatement("MERGE INTO ticket (ticket_id, person_id, requester_email, created_at,"
                        + " subject, body, tags, status, batch_id) KEY (ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
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
            String email = value(values, Field.REQUESTER_EMAIL);
            String userId = value(values, Field.TICKET_USER_ID);
            int person = userId != null ? index.people.getInt(userId) : 0;
            if (person == 0 && email != null) {
                person = byEmail.getOrDefault(email.toLowerCase(java.util.Locale.ROOT), 0);
            }
            merge.setString(1, id);
            if (person == 0) {
                merge.setNull(2, java.sql.Types.INTEGER);
            } else {
                merge.setInt(2, person);
            }
            merge.setString(3, email);
            merge.setObject(4, Instant.ofEpochMilli(created).atOffset(ZoneOffset.UTC));
            merge.setString(5, value(values, Field.SUBJECT));
            merge.setString(6, value(values, Field.BODY));
            String tags = value(values, Field.TAGS);
            merge.setString(7, tags == null ? null : String.join(" ", tags.split("[,;\\s]+")));
            merge.setString(8, value(values, Field.STATUS));
            merge.setLong(9, batchId);
            merge.addBatch();
            if (known.add(id)) {
                imported++;
            } else {
                duplicates++;
            }
            return null;
        }

        @Override
        public void finish() throws SQLException {
            merge.executeBatch();
            merge.close();
        }
    }

    /** Outreach history: campaign, person, treatment or control, channel, when. */
    private final class OutreachRows implements RowHandler {
        private final PreparedStatement merge;
        private final Map<String, Integer> columns = new HashMap<>();

        OutreachRows(List<String> header) throws SQLException {
            for (int i = 0; i < header.size(); i++) {
                columns.put(ColumnNames.normalize(header.get(i)), i);
            }
            merge = connection.prepareStatement("MERGE INTO campaign_contact (campaign_id, person_id, group_name, channel,"
                    + " sent_at, subject, batch_id) KEY (campaign_id, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        }

        private String get(String[] values, String name) {
            Integer i = columns.get(name);
            return i == null || i >= values.length || values[i].isBlank() ? null : values[i].strip();
        }

        @Override
        public String row(String[] values) throws SQLException {
            String campaign = get(values, "campaign_id");
            String userId = get(values, "user_id");
            String group = get(values, "group");
            String sent = get(values, "sent_at");
            if (campaign == null || userId == null || group == null || sent == null) {
                return "needs campaign_id, user_id, group and sent_at";
            }
            long at;
            try {
                at = new Timestamps(Timestamps.detect(List.of(sent)), plan.zone()).parse(sent);
            } catch (RuntimeException e) {
                return "sent_at: " + e.getMessage();
            }
            int person = index.people.getInt(userId);
            if (person == 0) {
                return "unknown user id " + userId + " (import people or events first)";
            }
            merge.setString(1, campaign);
            merge.setInt(2, person);
            merge.setString(3, group.toLowerCase(java.util.Locale.ROOT));
            merge.setString(4, get(values, "channel"));
            merge.setObject(5, Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC));
            merge.setString(6, get(values, "subject"));
            merge.setLong(7, batchId);
            merge.addBatch();
            imported++;
            return null;
        }

        @Override
        public void finish() throws SQLException {
            merge.executeBatch();
            merge.close();
        }
    }
}
