package org.uptake.ingest;

import java.time.DateTimeException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.uptake.workspace.TicketStore;
import org.uptake.workspace.Transaction;

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
    private final Map<String, TicketStore.Stored> stored;
    private final Map<String, Integer> byEmail;
    /** The latest row time read so far per ticket in this file: an older row must not overwrite a newer one's status. */
    private final Map<String, Long> latestInFile = new HashMap<>();
    /** Tickets of this file with a row whose requester is a person of the workspace. */
    private final Set<String> matched = new HashSet<>();
    private final TicketStore merge;
    private final Timestamps timestamps;

    TicketRows(ImportPlan plan, Transaction transaction, WorkspaceIndex index, long batchId, TableImport counts) {
        this.plan = plan;
        this.index = index;
        this.batchId = batchId;
        this.counts = counts;
        stored = TicketStore.stored(transaction);
        known.addAll(stored.keySet());
        byEmail = PeopleStore.idsByEmail(transaction);
        merge = TicketStore.merger(transaction);
        timestamps = new Timestamps(plan.timestampFormat(), plan.zone());
    }

    private String value(String[] values, Field field) {
        return TableImport.value(plan, values, field);
    }

    @Override
    public String row(String[] values) {
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
        if (person != 0) {
            matched.add(id);
        }
        merge.add(new TicketStore.Row(id, person == 0 ? null : person, email, created, subject, body, tags, status, batchId, latest));
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
    private static boolean changesNothing(TicketStore.Stored ticket, long created, Object... values) {
        if (ticket == null || created < ticket.createdMs()) {
            return false;
        }
        Object[] held = {ticket.personId(), ticket.requesterEmail(), ticket.subject(), ticket.body(), ticket.tags(), ticket.status()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].equals(held[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void finish() {
        counts.unmatched = latestInFile.size() - matched.size();
        merge.close();
    }
}
