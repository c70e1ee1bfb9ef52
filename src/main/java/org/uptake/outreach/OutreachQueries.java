package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.ActivityStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/** The SQL of outreach: who can be reached and how, past contacts, the review queue and its audit trail. */
final class OutreachQueries {

    /** How to reach a person and the account they belong to. */
    record Reach(String email, boolean optedOut, String tier, double arr, String csmOwner, String accountName) {
    }

    /** A contact that counts against the cap: when, and from which campaign or feature. */
    record Contact(Instant at, String source) {
    }

    private static final String REACH = "SELECT p.id, p.email, p.opted_out, a.tier, a.arr, a.csm_owner, a.name FROM person p"
            + " LEFT JOIN account a ON a.account_id = p.account_id";
    private static final String LAST_EVENT = "SELECT MAX(last_ts) FROM import_batch WHERE status = 'imported'";
    private static final String CONTACTS = "SELECT person_id, sent_at, campaign_id FROM campaign_contact"
            + " WHERE group_name = 'treatment' AND sent_at >= ?";
    private static final String RESERVED = "SELECT person_id, feature_key, status FROM message WHERE kind = 'outreach'"
            + " AND status IN ('DRAFT', 'APPROVED') AND feature_key <> ?";
    private static final String MESSAGE_COLUMNS = "m.id, m.feature_key, m.kind, COALESCE(m.person_id, 0), p.user_id, m.audience,"
            + " m.channel, m.subject, m.body, m.status, m.reason, m.problems, m.created_at, m.decided_by, m.decided_at,"
            + " m.rejection_reason, m.sent_at FROM message m LEFT JOIN person p ON p.id = m.person_id";

    private final Workspace workspace;

    OutreachQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    Map<Integer, Reach> reach() {
        Map<Integer, Reach> reach = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(REACH); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                reach.put(rs.getInt(1), new Reach(rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getBigDecimal(5) == null ? 0 : rs.getBigDecimal(5).doubleValue(), rs.getString(6), rs.getString(7)));
            }
            return reach;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read how to reach people", e);
        }
    }

    Map<Integer, LocalDate> lastActive() {
        Map<Integer, LocalDate> last = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            ActivityStore.scan(c, a -> {
                LocalDate day = a.lastDay();
                if (day != null) {
                    last.put(a.person(), day);
                }
            });
            return last;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read when people were last active", e);
        }
    }

    /**
     * The moment of the last event imported: the workspace's "now" for activity and the contact cap.
     * Without events there is no data time; the epoch then makes nobody active (never the wall clock).
     */
    Instant lastEvent() {
        Instant last = dataEnd();
        return last == null ? Instant.EPOCH : last;
    }

    /** The last event imported, or null when the workspace has none. */
    Instant dataEnd() {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(LAST_EVENT); ResultSet rs = s.executeQuery()) {
            rs.next();
            long last = rs.getLong(1);
            return rs.wasNull() ? null : Instant.ofEpochMilli(last);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot find the last event", e);
        }
    }

    /** People held out of the feature's outreach so far: person → since when (and in which campaign, once one went out). */
    Map<Integer, String> earlierControls(String featureKey) {
        Map<Integer, String> controls = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT person_id, assigned_at, campaign_id FROM outreach_holdout WHERE feature_key = ?")) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String campaign = rs.getString(3);
                    controls.put(rs.getInt(1), "since " + rs.getObject(2, OffsetDateTime.class).toLocalDate()
                            + (campaign == null ? "" : " (" + campaign + ")"));
                }
            }
            return controls;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the control groups", e);
        }
    }

    /**
     * The feature's drafting round: how many of its campaigns went out so far. Drafts and hold-outs
     * written between two deliveries share a round, which ties a campaign to its own control.
     */
    int draftRound(String featureKey) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT campaign_id) FROM message"
                + " WHERE feature_key = ? AND kind = 'outreach' AND campaign_id IS NOT NULL")) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the feature's campaigns", e);
        }
    }

    /** Each person's latest contact since {@code since}: campaigns sent (imported or by Uptake). */
    Map<Integer, Contact> contactsSince(Instant since) {
        Map<Integer, Contact> latest = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(CONTACTS)) {
            s.setObject(1, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
                    Contact known = latest.get(rs.getInt(1));
                    if (known == null || at.isAfter(known.at())) {
                        latest.put(rs.getInt(1), new Contact(at, rs.getString(3)));
                    }
                }
            }
            return latest;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read past contacts", e);
        }
    }

    /** People with a message waiting (draft or approved, not sent) from another feature: person → that feature. */
    Map<Integer, String> reservedByOtherFeatures(String featureKey) {
        Map<Integer, String> reserved = new HashMap<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(RESERVED)) {
            s.setString(1, featureKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reserved.putIfAbsent(rs.getInt(1), rs.getString(2));
                }
            }
            return reserved;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the review queue", e);
        }
    }

    List<Message> messages(String featureKey, String kind, MessageStatus status) {
        String sql = "SELECT " + MESSAGE_COLUMNS + " WHERE m.feature_key = ? AND m.kind = ?"
                + (status == null ? "" : " AND m.status = ?") + " ORDER BY m.audience, m.channel, m.id";
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, featureKey);
            s.setString(2, kind);
            if (status != null) {
                s.setString(3, status.name());
            }
            return read(s);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the review queue", e);
        }
    }

    Message message(long id) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " WHERE m.id = ?")) {
            s.setLong(1, id);
            List<Message> found = read(s);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("There is no message " + id + " in this workspace.");
            }
            return found.get(0);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read message " + id, e);
        }
    }

    private static List<Message> read(PreparedStatement s) throws SQLException {
        List<Message> messages = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String problems = rs.getString(12);
                messages.add(new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), Channel.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                        MessageStatus.valueOf(rs.getString(10)), rs.getString(11),
                        problems == null || problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n")),
                        instant(rs, 13), rs.getString(14), instant(rs, 15), rs.getString(16), instant(rs, 17)));
            }
        }
        return messages;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    String facts(long id) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement("SELECT facts FROM message WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read message " + id, e);
        }
    }

    List<AuditEntry> audit(long messageId) {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(
                "SELECT actor, acted_at, action, detail FROM message_audit WHERE message_id = ? ORDER BY id")) {
            s.setLong(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(messageId, rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the audit trail of message " + messageId, e);
        }
    }

    /** Whether some person in the workspace has this email (compared without case). */
    boolean isPersonEmail(String lowerCaseEmail) {
        try (Connection c = WorkspaceDatabase.connect(workspace);
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM person WHERE LOWER(email) = ? LIMIT 1")) {
            s.setString(1, lowerCaseEmail);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new org.uptake.workspace.WorkspaceDataException("Cannot read the people's emails", e);
        }
    }
}
