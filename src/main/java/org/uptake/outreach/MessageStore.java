package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Channel;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.WorkspaceDataException;

/**
 * The writes of the review queue's tables ({@code message}, {@code message_audit}, {@code outreach_holdout}):
 * drafts, their edits and decisions, each with its audit entry, inside the caller's {@link Transaction}.
 */
final class MessageStore {

    private MessageStore() {
    }

    /** A new draft (its checks already run), with its "created" audit entry; {@code round} is an outreach drafting round, else null. */
    static long addDraft(Transaction tx, String featureKey, String kind, Integer personId, String audience, Channel channel,
            String subject, String body, String reason, String facts, List<String> problems, String actor, Integer round) {
        try {
            return insertDraft(tx.connection(), featureKey, kind, personId, audience, channel, subject, body, reason, facts, problems,
                    actor, round);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the drafts", e);
        }
    }

    /** A higher-priority feature takes a person: the other features' waiting messages to them are superseded, and say so. */
    static void supersedeOthers(Transaction tx, String featureKey, int personId, String actor) {
        Connection c = tx.connection();
        List<Long> ids = new ArrayList<>();
        try {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM message WHERE person_id = ? AND kind = 'outreach'"
                    + " AND status IN ('DRAFT', 'APPROVED') AND feature_key <> ?")) {
                s.setInt(1, personId);
                s.setString(2, featureKey);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                try (PreparedStatement s = c.prepareStatement("UPDATE message SET status = 'SUPERSEDED' WHERE id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
                audit(c, id, actor, "superseded", "a message about " + featureKey + " (higher priority) takes its place");
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the drafts", e);
        }
    }

    /** Records a held-out person with their round and would-be channel; the wall-clock stamp is an audit record only. */
    static int holdOut(Transaction tx, String featureKey, int personId, String audience, Channel channel, int round) {
        try (PreparedStatement s = tx.connection().prepareStatement("MERGE INTO outreach_holdout (feature_key, person_id, audience,"
                + " assigned_at, draft_round, channel) KEY (feature_key, person_id) SELECT ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                + " (SELECT 1 FROM outreach_holdout WHERE feature_key = ? AND person_id = ?)")) {
            s.setString(1, featureKey);
            s.setInt(2, personId);
            s.setString(3, audience);
            s.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            s.setInt(5, round);
            s.setString(6, channel == null ? null : channel.name());
            s.setString(7, featureKey);
            s.setInt(8, personId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot store the drafts", e);
        }
    }

    /** A draft's new text and checks, audited with before and after; false when it is no longer a draft. */
    static boolean edit(Transaction tx, long id, String subject, String body, List<String> problems, String actor, String auditDetail) {
        Connection c = tx.connection();
        try {
            try (PreparedStatement s = c.prepareStatement("UPDATE message SET subject = ?, body = ?, problems = ? WHERE id = ?"
                    + " AND status = 'DRAFT'")) {
                s.setString(1, subject);
                s.setString(2, body);
                s.setString(3, String.join("\n", problems));
                s.setLong(4, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            audit(c, id, actor, "edited", auditDetail);
            return true;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot update message " + id, e);
        }
    }

    /** Approves a draft for the address and fingerprint it was checked against; false when it is no longer a draft. */
    static boolean approve(Transaction tx, long id, String actor, Instant at, String email, String fingerprint, String auditDetail) {
        return decide(tx, id, "UPDATE message SET status = 'APPROVED', decided_by = ?, decided_at = ?, approved_email = ?,"
                + " approved_hash = ? WHERE id = ? AND status = 'DRAFT'", actor, "approved", auditDetail, actor, at.atOffset(ZoneOffset.UTC),
                email, fingerprint);
    }

    /** Rejects a draft or approved message with its reason; false when it is neither any more. */
    static boolean reject(Transaction tx, long id, String actor, Instant at, String reason) {
        return decide(tx, id, "UPDATE message SET status = 'REJECTED', decided_by = ?, decided_at = ?, rejection_reason = ? WHERE id = ?"
                + " AND status IN ('DRAFT', 'APPROVED')", actor, "rejected", reason, actor, at.atOffset(ZoneOffset.UTC), reason);
    }

    /** Runs {@code sql} (its parameters: {@code values}, then the message id) and audits it. */
    private static boolean decide(Transaction tx, long id, String sql, String actor, String action, String detail, Object... values) {
        Connection c = tx.connection();
        try {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                for (Object v : values) {
                    s.setObject(i++, v);
                }
                s.setLong(i, id);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            audit(c, id, actor, action, detail);
            return true;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot update message " + id, e);
        }
    }

    private static long insertDraft(Connection c, String featureKey, String kind, Integer personId, String audience, Channel channel, String subject,
            String body, String reason, String facts, List<String> problems, String actor, Integer round) throws SQLException {
        Instant now = Instant.now();
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message (feature_key, kind, person_id, audience, channel, subject,"
                + " body, status, created_at, reason, facts, problems, draft_round) VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, featureKey);
            s.setString(2, kind);
            s.setObject(3, personId);
            s.setString(4, audience);
            s.setString(5, channel.name());
            s.setString(6, subject);
            s.setString(7, body);
            s.setObject(8, now.atOffset(ZoneOffset.UTC));
            s.setString(9, reason);
            s.setString(10, facts);
            s.setString(11, String.join("\n", problems));
            s.setObject(12, round);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        audit(c, id, actor, "created", problems.isEmpty() ? "checks passed" : "checks: " + String.join("; ", problems));
        return id;
    }

    static void audit(Connection c, long messageId, String actor, String action, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_audit (message_id, actor, acted_at, action, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, messageId);
            s.setString(2, actor);
            s.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            s.setString(4, action);
            s.setString(5, detail);
            s.executeUpdate();
        }
    }
}
