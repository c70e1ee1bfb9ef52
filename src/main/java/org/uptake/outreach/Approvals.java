package org.uptake.outreach;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.uptake.model.Channel;
import org.uptake.workspace.Workspace;

/**
 * An approval covers exactly what the analyst approved (DESIGN §6): the text, the channel, the
 * recipient and their address, and their consent. Whenever the queue or a delivery reads approved
 * messages, those whose person opted out, changed address (a re-import) or left the workspace, or
 * whose text changed, go back to review with the reason in their audit trail.
 */
final class Approvals {

    static final String VOID = "approval void";
    /** Who voids an approval found stale on reading: Uptake itself, not an analyst. */
    static final String CHECKER = "uptake (approval check)";

    private final ApprovalQueries queries;

    Approvals(Workspace workspace) {
        this.queries = new ApprovalQueries(workspace);
    }

    /** Sends every approval of the feature that no longer covers its message back to review; returns them with why. */
    List<ApprovalQueries.Voided> voidStale(String featureKey) {
        List<ApprovalQueries.Voided> voided = new ArrayList<>();
        for (ApprovalQueries.Standing m : queries.approved(featureKey)) {
            String why = whyVoid(m);
            if (why != null) {
                voided.add(new ApprovalQueries.Voided(m.id(), m.userId(), why));
            }
        }
        if (!voided.isEmpty()) {
            queries.voidApprovals(voided, CHECKER);
        }
        return voided;
    }

    /** Why the approval of {@code m} no longer holds, or null when it still covers the message as it stands. */
    static String whyVoid(ApprovalQueries.Standing m) {
        if (m.userId() == null) {
            return "the person is no longer in the workspace";
        }
        if (m.optedOut()) {
            return m.userId() + " opted out";
        }
        if (m.approvedHash() == null) {
            return "it was approved before Uptake recorded what an approval covers; review it again";
        }
        if (!Objects.equals(m.email(), m.approvedEmail())) {
            return m.userId() + "'s email address changed from " + m.approvedEmail() + " to " + m.email();
        }
        if (!m.fingerprint().equals(m.approvedHash())) {
            return "the text or channel changed after it was approved";
        }
        return null;
    }

    /** SHA-256 of what an approval covers, each part length-prefixed so no two different messages share it. */
    static String fingerprint(Channel channel, String subject, String body, String userId, String email) {
        StringBuilder covered = new StringBuilder();
        for (String part : new String[] {channel.name(), subject, body, userId, email}) {
            String p = part == null ? "" : part;
            covered.append(part == null ? -1 : p.length()).append(':').append(p).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(covered.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
