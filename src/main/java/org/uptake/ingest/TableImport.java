package org.uptake.ingest;

import org.uptake.workspace.CampaignContactStore;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

import java.io.IOException;
import java.time.Instant;
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
    private final Transaction transaction;
    private final WorkspaceIndex index;
    private final long batchId;
    long imported;
    /** Rows repeating an id already read from this same file. */
    long duplicates;
    long updated;
    long unchanged;
    long records;
    /** Tickets whose requester (user id or email) matches no person of the workspace. */
    long unmatched;

    /** Whether a people file into a workspace without people may take the bulk path (the import's tests compare both). */
    private final boolean bulkPeople;

    TableImport(ImportPlan plan, Transaction transaction, WorkspaceIndex index, long batchId, boolean bulkPeople) {
        this.bulkPeople = bulkPeople;
        this.plan = plan;
        this.transaction = transaction;
        this.index = index;
        this.batchId = batchId;
    }

    PeopleWriter run(QuarantineWriter quarantine, Progress progress) throws IOException {
        PeopleWriter people = new PeopleWriter(transaction, index, batchId, bulkPeople && plan.sniff().kind() == SourceKind.PEOPLE);
        try (people) {
            return read(people, quarantine, progress);
        }
    }

    private PeopleWriter read(PeopleWriter people, QuarantineWriter quarantine, Progress progress) throws IOException {
        List<String> header = plan.sniff().header();
        RowHandler handler = switch (plan.sniff().kind()) {
            case PEOPLE -> peopleRows(people, header);
            case ACCOUNTS -> accountRows(people, header);
            case TICKETS -> new TicketRows(plan, transaction, index, batchId, this);
            case OUTREACH_HISTORY -> new OutreachRows(header);
            default -> throw new IllegalArgumentException(plan.sniff().kind() + " is not a table");
        };
        AtomicLong position = new AtomicLong();
        long size = plan.sniff().sizeBytes();
        WorkspaceDataException[] failure = new WorkspaceDataException[1];
        DelimitedRecords.read(plan.sniff(), (line, raw, values, unreadable) -> {
            records++;
            if (failure[0] != null) {
                return;
            }
            try {
                if (unreadable != null) {
                    quarantine.add(line, raw, unreadable);
                    return;
                }
                if (values.length != header.size()) {
                    quarantine.add(line, raw, "has " + values.length + " fields where the header has " + header.size());
                    return;
                }
                String problem = handler.row(values);
                if (problem != null) {
                    quarantine.add(line, raw, problem);
                }
            } catch (WorkspaceDataException e) {
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
        if (plan.sniff().kind() == SourceKind.PEOPLE) {
            updated = people.peopleChanged;
            unchanged = people.peopleUnchanged;
        } else if (plan.sniff().kind() == SourceKind.ACCOUNTS) {
            imported = people.accountsNew;
            updated = people.accountsChanged;
            unchanged = people.accountsUnchanged;
        }
        return people;
    }

    /** One data row; returns why it was rejected, or null. */
    interface RowHandler {
        String row(String[] values);

        default void finish() {
        }
    }

    private String value(String[] values, Field field) {
        return value(plan, values, field);
    }

    /** The row's value for a mapped field, stripped, or null when the field is unmapped or blank. */
    static String value(ImportPlan plan, String[] values, Field field) {
        String column = plan.mapping().column(field);
        int i = column == null ? -1 : plan.sniff().header().indexOf(column);
        if (i < 0 || i >= values.length || values[i] == null || values[i].isBlank()) {
            return null;
        }
        return values[i].strip();
    }

    private RowHandler peopleRows(PeopleWriter people, List<String> header) {
        Set<String> seen = new HashSet<>();
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
            String problem = StorageLimits.idProblem("user id", userId);
            if (problem == null) {
                problem = StorageLimits.personProblem(fields);
            }
            if (problem != null) {
                return problem;
            }
            if (!seen.add(userId)) {
                duplicates++;
            } else if (!index.people.containsKey(userId)) {
                imported++;
            }
            people.person(userId, fields);
            people.flushPeopleIfLarge();
            return null;
        };
    }

    private RowHandler accountRows(PeopleWriter people, List<String> header) {
        Set<String> seen = new HashSet<>();
        return values -> {
            String accountId = value(values, Field.ACCOUNT_ID);
            if (accountId == null) {
                return "no account id";
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", value(values, Field.ACCOUNT_NAME));
            fields.put("tier", value(values, Field.TIER));
            fields.put("arr", value(values, Field.ARR));
            fields.put("csm_owner", value(values, Field.CSM_OWNER));
            fields.put("churned_at", value(values, Field.CHURNED_AT));
            fields.put("arr_change_at", value(values, Field.ARR_CHANGE_AT));
            fields.put("arr_after", value(values, Field.ARR_AFTER));
            String problem = StorageLimits.tooLong("account id", accountId, StorageLimits.ACCOUNT_ID);
            if (problem == null) {
                problem = StorageLimits.accountProblem(fields);
            }
            if (problem != null) {
                return problem;
            }
            if (!seen.add(accountId)) {
                duplicates++;
            }
            people.account(accountId, fields);
            return null;
        };
    }

    /** Outreach history: campaign, person, treatment or control, channel, when. */
    private final class OutreachRows implements RowHandler {
        private final CampaignContactStore merge;
        private final Map<String, Integer> columns = new HashMap<>();

        OutreachRows(List<String> header) {
            for (int i = 0; i < header.size(); i++) {
                columns.put(ColumnNames.normalize(header.get(i)), i);
            }
            merge = CampaignContactStore.importer(transaction);
        }

        private String get(String[] values, String name) {
            Integer i = columns.get(name);
            return i == null || i >= values.length || values[i].isBlank() ? null : values[i].strip();
        }

        @Override
        public String row(String[] values) {
            String campaign = get(values, "campaign_id");
            String userId = get(values, "user_id");
            String group = get(values, "group");
            String sent = get(values, "sent_at");
            if (campaign == null || userId == null || group == null || sent == null) {
                return "needs campaign_id, user_id, group and sent_at";
            }
            String tooLong = StorageLimits.tooLong("campaign id", campaign, StorageLimits.CAMPAIGN_ID);
            tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("group", group, StorageLimits.CAMPAIGN_LABEL);
            tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("channel", get(values, "channel"), StorageLimits.CAMPAIGN_LABEL);
            tooLong = tooLong != null ? tooLong : StorageLimits.tooLong("subject", get(values, "subject"), StorageLimits.CAMPAIGN_SUBJECT);
            if (tooLong != null) {
                return tooLong;
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
            merge.add(campaign, person, group.toLowerCase(java.util.Locale.ROOT), get(values, "channel"), Instant.ofEpochMilli(at),
                    get(values, "subject"), batchId);
            imported++;
            return null;
        }

        @Override
        public void finish() {
            merge.close();
        }
    }
}
