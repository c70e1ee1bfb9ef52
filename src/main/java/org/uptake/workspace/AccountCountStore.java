package org.uptake.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The book of business's counts of one day, kept in the workspace ({@code account_counts}) as the account analysis
 * encoded them: read back only for the same fingerprint and the same data (the last import batch), so stale counts
 * are never used. Sending outreach adds no import batch, so the fingerprint carries {@link #outreachSent()}.
 */
public final class AccountCountStore {

    private static final String READ = "SELECT counts FROM account_counts WHERE as_of = ? AND fingerprint = ? AND batch_id = ?";
    private static final String WRITE = "MERGE INTO account_counts (as_of, fingerprint, batch_id, accounts, counts, computed_at)"
            + " KEY (as_of) VALUES (?, ?, ?, ?, ?, ?)";
    /** Counts of older data are never read again. */
    private static final String FORGET_OLDER = "DELETE FROM account_counts WHERE batch_id <> ?";
    /** Both are read from the tables' own counts and index, not a scan: a million-person workspace holds millions of contacts. */
    private static final String OUTREACH_SENT = "SELECT (SELECT COUNT(*) FROM campaign_contact),"
            + " (SELECT COALESCE(MAX(id), 0) FROM message_audit)";

    private final Workspace workspace;
    private final StrugglingSetStore data;

    public AccountCountStore(Workspace workspace, StrugglingSetStore data) {
        this.workspace = workspace;
        this.data = data;
    }

    /** The data as it is now (the same notion the kept struggling sets use). */
    public StrugglingSetStore.DataState state() {
        return data.state();
    }

    /** A fingerprint of the features' definitions and of {@code settings} (every other thing the counts depend on, as text). */
    public String fingerprint(String settings) {
        return data.fingerprint(settings + "|outreach=" + outreachSent());
    }

    /**
     * Campaign contacts recorded so far and the last delivery's audit entry: sending outreach changes one or the other (a
     * delivery is always audited; a control group adds contacts), with no import.
     */
    String outreachSent() {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(OUTREACH_SENT); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) + "@" + rs.getLong(2);
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the outreach sent", e);
        }
    }

    /** The counts kept for the day, when they were counted with this fingerprint on this data. */
    public Optional<byte[]> read(LocalDate asOf, String fingerprint, StrugglingSetStore.DataState state) {
        try (Connection c = workspace.connection(); PreparedStatement s = c.prepareStatement(READ)) {
            s.setObject(1, asOf);
            s.setString(2, fingerprint);
            s.setLong(3, state.batch());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot read the kept account counts", e);
        }
    }

    /**
     * Keeps the day's counts for this fingerprint and data in place of the day's earlier ones, and forgets those of older
     * data. Keeps nothing when the data changed since {@code state} was read (an import ran meanwhile) or the workspace is
     * open read-only: kept counts are only a shortcut.
     */
    public void write(LocalDate asOf, String fingerprint, StrugglingSetStore.DataState state, int accounts, byte[] counts) {
        if (workspace.readOnly() || !state().equals(state)) {
            return;
        }
        try (Connection c = workspace.connection()) {
            try (PreparedStatement s = c.prepareStatement(WRITE)) {
                s.setObject(1, asOf);
                s.setString(2, fingerprint);
                s.setLong(3, state.batch());
                s.setInt(4, accounts);
                s.setBytes(5, counts);
                s.setObject(6, Instant.now().atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(FORGET_OLDER)) {
                s.setLong(1, state.batch());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot keep the account counts", e);
        }
    }
}
