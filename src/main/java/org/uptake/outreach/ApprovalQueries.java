package org.uptake.outreach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.uptake.model.Channel;
import org.uptake.workspace.Transaction;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;
import org.uptake.workspace.WorkspaceDataException;

/** The SQL of approvals: what a message and its recipient look like now, next to what was approved. */
final class ApprovalQueries {

    /**
     * A message as it stands now: its text and channel, its person's current user id, address and
     * consent ({@code userId} null when the person is gone), and what its approval covered.
     */
    record Standing(long id, String status, Channel channel, String subject, String body, String userId, String email,
            boolean optedOut, String approvedEmail, String approvedHash) {

        /** The fingerprint of what an approval given now would cover. */
        String fingerprint() {
            return Approvals.fingerprint(channel, subject, body, userId, email);
        }
    }

    private static final String STANDING = "SELECT m.id, m.status, m.channel, m.subject, m.body, p.user_id, p.email,"
            + " COALESCE(p.opted_out, FALSE), m.approved_email, m.approved_hash FROM message m LEFT JOIN person p ON p.id = m.person_id";

    private final Workspace workspace;

    ApprovalQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    Standing standing(long id) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(STANDING + " WHERE m.id = ?")) {
            s.setLong(1, id);
            List<Standing> found = read(s);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("There is no message " + id + " in this workspace.");
            }
            return found.get(0);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read message " + id, e);
        }
    }

    /** The approved outreach messages of a feature, as they stand now. */
    List<Standing> approved(String featureKey) {
        try (Connection c = WorkspaceDatabase.connect(workspace); PreparedStatement s = c.prepareStatement(STANDING
                + " WHERE m.feature_key = ? AND m.kind = ? AND m.status = 'APPROVED' ORDER BY m.id")) {
            s.setString(1, featureKey);
            s.setString(2, Outreach.KIND);
            return read(s);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the approved messages", e);
        }
    }

    /** Sends an approved message back to review, with why in its audit trail; false when it was no longer approved. */
    static boolean voidApproval(Transaction tx, long id, String actor, String why) {
        try {
            return voidApproval(tx.connection(), id, actor, why);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot update message " + id, e);
        }
    }

    private static boolean voidApproval(Connection c, long id, String actor, String why) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE message SET status = 'DRAFT', decided_by = NULL, decided_at = NULL,"
                + " approved_email = NULL, approved_hash = NULL WHERE id = ? AND status = 'APPROVED'")) {
            s.setLong(1, id);
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        MessageStore.audit(c, id, actor, Approvals.VOID, why);
        return true;
    }

    /** Voids each approval in {@code why} (message id → reason), in one transaction. */
    void voidApprovals(List<Voided> voided, String actor) {
        try (Connection c = WorkspaceDatabase.connect(workspace)) {
            c.setAutoCommit(false);
            for (Voided v : voided) {
                voidApproval(c, v.id(), actor, v.why());
            }
            c.commit();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot send the changed messages back to review", e);
        }
    }

    /** An approval that no longer holds, and why. */
    record Voided(long id, String userId, String why) {
    }

    private static List<Standing> read(PreparedStatement s) throws SQLException {
        List<Standing> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new Standing(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getString(10)));
            }
        }
        return found;
    }
}
