package org.uptake.workspace;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The import of past outreach into {@code campaign_contact}: who a campaign reached (or held back
 * as control), when and how, batched for the whole file. A contact imported again replaces the one
 * stored for the same campaign and person. Uptake's own sends are recorded by outreach's delivery.
 */
public final class CampaignContactStore extends BatchedRows {

    private CampaignContactStore(Transaction tx) {
        super(tx, "MERGE INTO campaign_contact (campaign_id, person_id, group_name, channel, sent_at, subject, batch_id)"
                + " KEY (campaign_id, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /** Prepares the merge of an outreach-history file's rows; {@link #close} writes what is batched. */
    public static CampaignContactStore importer(Transaction tx) {
        return new CampaignContactStore(tx);
    }

    /** Batches one contact; {@code group} is stored as given (the caller lower-cases it). */
    public void add(String campaign, int personId, String group, String channel, Instant sentAt, String subject, long batchId) {
        addRow(s -> {
            s.setString(1, campaign);
            s.setInt(2, personId);
            s.setString(3, group);
            s.setString(4, channel);
            s.setObject(5, sentAt.atOffset(ZoneOffset.UTC));
            s.setString(6, subject);
            s.setLong(7, batchId);
        });
    }
}
