package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.uptake.model.Message;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

/** The SQL that records a delivery: a message sent, its campaign contact and audit entry, the campaign's control group. */
final class DeliveryQueries {

    private DeliveryQueries() {
    }

    /**
     * Records {@code m} as sent in {@code campaign}. When {@code approvedHash} is given, only if the
     * message is still approved for exactly that and its person has not opted out meanwhile; returns
     * false when it is not (nothing recorded then).
     */
    static boolean sent(Transaction tx, String campaign, Instant at, Message m, String approvedHash, String actor, String how) {
        try {
            return sent(tx.connection(), campaign, at, m, approvedHash, actor, how);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot record the delivery", e);
        }
    }

    private static boolean sent(Connection c, String campaign, Instant at, Message m, String approvedHash, String actor, String how)
            throws SQLException {
        String sql = "UPDATE message SET status = 'SENT', sent_at = ?, campaign_id = ? WHERE id = ?" + (approvedHash == null ? ""
                : " AND status = 'APPROVED' AND approved_hash = ? AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = message.person_id"
                        + " AND p.opted_out)");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setString(2, campaign);
            s.setLong(3, m.id());
            if (approvedHash != null) {
                s.setString(4, approvedHash);
            }
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement s = c.prepareStatement("MERGE INTO campaign_contact (campaign_id, person_id, group_name, channel,"
                + " sent_at, subject) KEY (campaign_id, person_id) VALUES (?, ?, 'treatment', ?, ?, ?)")) {
            s.setString(1, campaign);
            s.setInt(2, m.personId());
            s.setString(3, m.channel().name().toLowerCase());
            s.setObject(4, at.atOffset(ZoneOffset.UTC));
            s.setString(5, m.subject());
            s.executeUpdate();
        }
        MessageStore.audit(c, m.id(), actor, "delivered", how + " in campaign " + campaign);
        return true;
    }

    /** The feature's held-out people not yet in a campaign become this campaign's control group; returns how many. */
    static int control(Transaction tx, String campaign, Instant at, String featureKey) {
        try {
            return control(tx.connection(), campaign, at, featureKey);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot record the delivery", e);
        }
    }

    private static int control(Connection c, String campaign, Instant at, String featureKey) throws SQLException {
        int control;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign_contact (campaign_id, person_id, group_name, channel,"
                + " sent_at) SELECT ?, person_id, 'control', NULL, ? FROM outreach_holdout WHERE feature_key = ? AND campaign_id IS NULL")) {
            s.setString(1, campaign);
            s.setObject(2, at.atOffset(ZoneOffset.UTC));
            s.setString(3, featureKey);
            control = s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE outreach_holdout SET campaign_id = ? WHERE feature_key = ? AND campaign_id IS NULL")) {
            s.setString(1, campaign);
            s.setString(2, featureKey);
            s.executeUpdate();
        }
        return control;
    }
}
